package com.acmecloud.partnercenter.partner.registration.rest;

import java.time.Instant;

public record VerificationCodeSentResponse(String email, Instant expiresAt) {
}
