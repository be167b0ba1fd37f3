package com.acmecloud.partnercenter.incentive.partners.service;

import com.acmecloud.partnercenter.incentive.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * For whom a partner reads: itself, or — when a distributor names {@code indirect_partner_id} — a cloud reseller whose
 * link to that distributor is in force (the reseller accepted it; partner.events). Any other reseller id, unknown or
 * linked elsewhere, gets CBC.99000037 alike, so nothing tells whether it exists.
 */
@ApplicationScoped
public class PartnerScopes {

    private final PartnerProjectionRepository partners;

    PartnerScopes(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    @WithSession
    public Uni<String> actingFor(String callerId, String indirectPartnerId) {
        if (indirectPartnerId == null || indirectPartnerId.isEmpty()) {
            return Uni.createFrom().item(callerId);
        }
        if (indirectPartnerId.length() > 64 || indirectPartnerId.equals(callerId)) {
            return Uni.createFrom().failure(new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED));
        }
        return partners.findById(indirectPartnerId).map(reseller -> {
            if (reseller == null || !callerId.equals(reseller.distributorId)) {
                throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
            }
            return reseller.partnerId;
        });
    }
}
