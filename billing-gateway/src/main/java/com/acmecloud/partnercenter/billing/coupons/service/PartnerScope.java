package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whose coupons and quotas a partner's request acts on: its own, or with {@code indirect_partner_id} those of a cloud
 * reseller that accepted the caller's distributor link (partner.events); any other reseller is CBC.99000037.
 */
@ApplicationScoped
public class PartnerScope {

    private final PartnerProjectionRepository partners;

    PartnerScope(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    public Uni<String> resolve(String callerPartnerId, String indirectPartnerId) {
        if (indirectPartnerId == null) {
            return Uni.createFrom().item(callerPartnerId);
        }
        return isResellerOf(callerPartnerId, indirectPartnerId).map(linked -> {
            if (!linked) {
                throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
            }
            return indirectPartnerId;
        });
    }

    /** Whether {@code resellerId} is a cloud reseller linked to {@code distributorId} now. */
    public Uni<Boolean> isResellerOf(String distributorId, String resellerId) {
        if (resellerId.length() > 64 || resellerId.equals(distributorId)) {
            return Uni.createFrom().item(false);
        }
        return partners.findById(resellerId).map(reseller -> reseller != null
                && distributorId.equals(reseller.distributorId));
    }
}
