package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerConsentRequest")
public record PartnerConsentRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The partner's sub-customer") String customerId,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{1,32}$", message = "must be 1 to 32 letters, digits, '.', '_' or '-'")
        @Schema(description = "Version of the privacy statement text shown on the sign-up page", examples = "2026-01")
        String textVersion,
        @NotBlank @Size(max = 32)
        @Schema(description = "When the customer consented, UTC yyyy-MM-dd'T'HH:mm:ss'Z'; not in the future",
                examples = "2026-01-31T16:00:00Z") String consentedAt) {

    /** @throws com.acmecloud.partnercenter.platform.api.errors.CbcException CBC.0100 for a malformed time */
    Instant consentedAtInstant() {
        return UtcRange.parse("consented_at", consentedAt, "consented_at", null).begin();
    }
}
