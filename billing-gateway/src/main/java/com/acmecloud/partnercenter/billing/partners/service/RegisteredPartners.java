package com.acmecloud.partnercenter.billing.partners.service;

import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.RegisteredPartnerCheck;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whom billing-gateway serves as a partner: only a partner whose {@code partner.registered.v1} it has projected.
 * Anyone else gets nothing — 403 CBC.5001 (retryable), as customer-service answers — from platform-security's
 * {@code RegisteredPartnerFilter}, the gate in front of every operation open to the partner role.
 */
@ApplicationScoped
public class RegisteredPartners implements RegisteredPartnerCheck {

    private final PartnerProjectionRepository partners;

    RegisteredPartners(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    @Override
    @WithSession
    public Uni<Void> requireRegistered(String partnerId) {
        return partners.findById(partnerId).invoke(row -> {
            if (row == null || !row.registered) {
                throw new CbcException(CbcError.NOT_A_PARTNER);
            }
        }).replaceWithVoid();
    }
}
