package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deal registration as its partner sees it (the full contact: it is the partner's own data). */
@Schema(name = "DealRegistrationInfo")
public record DealRegistrationInfo(
        String registrationId,
        @Schema(description = "ACTIVE (registered, exclusive rights), CONVERTED (associated through an invitation), "
                + "WITHDRAWN, EXPIRED (an account, run out) or RELEASED (no account, run out: in the public pool). "
                + "An ACTIVE registration past expires_at already shows EXPIRED / RELEASED.")
        String status,
        @Schema(description = "The partner holding the registration (the cloud reseller for a distributor)")
        String partnerId,
        @Schema(description = "The distributor that registered for the reseller, else null") String indirectPartnerId,
        String customerId,
        String mobilePhone,
        String email,
        String companyName,
        String remark,
        String registeredBy,
        Instant registeredAt,
        Instant expiresAt,
        Instant closedAt,
        @Schema(description = "The account that associated through an invitation (CONVERTED)") String convertedCustomerId,
        @Schema(description = "The public-pool entry it took (or, RELEASED, became)") String poolProspectId) {

    static DealRegistrationInfo of(DealRegistration r, Instant now) {
        return new DealRegistrationInfo(r.registrationId.toString(), r.statusAt(now).name(), r.partnerId,
                r.distributorId, r.customerId, r.mobilePhone, r.email, r.companyName, r.remark, r.registeredBy,
                r.registeredAt, r.expiresAt, r.closedAt, r.convertedCustomerId,
                r.poolProspectId == null ? null : r.poolProspectId.toString());
    }
}
