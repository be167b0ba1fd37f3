package com.acmecloud.partnercenter.partner.rest;

import java.time.Instant;

public record VerificationCodeSentResponse(String email, Instant expiresAt) {
}
