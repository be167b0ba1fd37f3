package com.acmecloud.partnercenter.billing.partners.service;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * For whom a partner acts: itself, or — when a distributor names {@code indirect_partner_id} — a cloud reseller whose
 * link to that distributor is in force (the reseller accepted it; partner.events). Any other reseller id, unknown or
 * linked elsewhere, gets CBC.99000037 alike.
 */
@ApplicationScoped
public class PartnerScopes {

    private final PartnerProjectionRepository partners;

    PartnerScopes(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    /** The partner whose money and customers the call concerns. */
    public Uni<String> actingFor(String callerId, String indirectPartnerId) {
        if (indirectPartnerId == null) {
            return Uni.createFrom().item(callerId);
        }
        return linkedReseller(callerId, indirectPartnerId).map(reseller -> reseller.partnerId);
    }

    /** The reseller linked to the distributor; CBC.99000037 otherwise. */
    public Uni<PartnerProjection> linkedReseller(String distributorId, String resellerId) {
        if (resellerId.length() > 64 || resellerId.equals(distributorId)) {
            return Uni.createFrom().failure(new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED));
        }
        return partners.findById(resellerId).map(reseller -> {
            if (reseller == null || !distributorId.equals(reseller.distributorId)) {
                throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
            }
            return reseller;
        });
    }
}
