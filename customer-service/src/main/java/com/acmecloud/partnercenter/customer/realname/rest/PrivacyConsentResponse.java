package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PrivacyConsentResponse")
public record PrivacyConsentResponse(
        String consentId,
        String customerId,
        String textVersion,
        @Schema(description = "When the customer consented (UTC)") Instant consentedAt,
        @Schema(description = "CUSTOMER: by the customer's own token; PARTNER: collected on the partner's sign-up page",
                enumeration = {"CUSTOMER", "PARTNER"}) String recordedVia,
        @Schema(description = "The user who recorded it") String recordedBy,
        Instant recordedAt) {

    static PrivacyConsentResponse of(PrivacyConsent consent) {
        return new PrivacyConsentResponse(consent.consentId.toString(), consent.customerId, consent.textVersion,
                consent.consentedAt, consent.recordedVia.name(), consent.recordedBy, consent.recordedAt);
    }
}
