package com.acmecloud.partnercenter.partner.registration.rest;

import java.time.Instant;

public record EmailBindingResponse(String email, String status, Instant boundAt) {
}
