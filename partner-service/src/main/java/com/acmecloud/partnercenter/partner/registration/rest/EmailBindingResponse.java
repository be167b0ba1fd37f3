package com.acmecloud.partnercenter.partner.rest;

import java.time.Instant;

public record EmailBindingResponse(String email, String status, Instant boundAt) {
}
