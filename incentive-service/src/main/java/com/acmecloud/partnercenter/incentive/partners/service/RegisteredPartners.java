package com.acmecloud.partnercenter.incentive.partners.service;

import com.acmecloud.partnercenter.incentive.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.RegisteredPartnerCheck;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whom incentive-service serves as a partner: only a partner whose {@code partner.registered.v1} it has projected.
 * Anyone else gets 403 CBC.5001 (retryable: the event may still be on its way) from platform-security's
 * {@code RegisteredPartnerFilter}, in front of every operation open to the partner role.
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
