package com.acmecloud.partnercenter.partner.programs.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All a stranger learns about a certificate number: nothing about whom it was issued to. */
@Schema(name = "CertificateVerification")
public record CertificateVerificationResponse(
        @Schema(examples = "HCPN-SP-2026-000123") String certificateNumber,
        @Schema(description = "Whether a certificate with this number was issued") boolean genuine,
        @Schema(description = "Whether it is genuine and currently valid (not expired, not revoked)") boolean valid) {
}
