package com.acmecloud.partnercenter.customer.partners.service;

import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.RegisteredPartnerCheck;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whom customer-service serves as a partner: only a partner whose registration {@code partner.events} has told it
 * about ({@code partner.registered.v1} projected, {@code registered} true). Anyone else — a partner id partner-service
 * never registered, or one whose registration event has not arrived yet — is refused with CBC.5001 (retryable).
 * Restricted and exited partners are known: what they may not do (rule 24) is decided where it applies. The gate in
 * front of every partner operation is platform-security's {@code RegisteredPartnerFilter}, which calls this.
 */
@ApplicationScoped
public class RegisteredPartners implements RegisteredPartnerCheck {

    private final PartnerProjectionRepository partners;

    RegisteredPartners(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    /** Fails with CBC.5001 unless the partner's registration has been projected. */
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
