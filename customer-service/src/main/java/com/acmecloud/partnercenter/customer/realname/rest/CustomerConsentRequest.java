package com.acmecloud.partnercenter.customer.realname.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerConsentRequest")
public record CustomerConsentRequest(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{1,32}$", message = "must be 1 to 32 letters, digits, '.', '_' or '-'")
        @Schema(description = "Version of the privacy statement text the customer consented to", examples = "2026-01")
        String textVersion) {
}
