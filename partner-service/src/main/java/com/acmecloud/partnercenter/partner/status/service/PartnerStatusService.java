package com.acmecloud.partnercenter.partner.status.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.status.events.PartnerStatusEventPublisher;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** The partner's standing, set by operators: ACTIVE, RESTRICTED or EXITED (final). */
@ApplicationScoped
public class PartnerStatusService {

    private final PartnerRepository partners;
    private final PartnerStatusEventPublisher events;
    private final Clock clock;

    PartnerStatusService(PartnerRepository partners, PartnerStatusEventPublisher events, Clock clock) {
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the status and publishes {@code partner.status_changed.v1}. Setting the status the partner already
     * has changes nothing and publishes nothing (the PUT is idempotent); nothing leaves EXITED.
     */
    @WithTransaction
    public Uni<Partner> change(String partnerId, PartnerStatus target, String reason, String operator) {
        return partners.lock(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .call(partner -> {
                    if (partner.status == target) {
                        return Uni.createFrom().voidItem();
                    }
                    if (!partner.status.canChangeTo(target)) {
                        throw new CbcException(CbcError.PARTNER_EXITED);
                    }
                    PartnerStatus previous = partner.status;
                    partner.status = target;
                    partner.statusReason = reason.trim();
                    partner.statusChangedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    partner.statusChangedBy = operator;
                    return events.statusChanged(partner, previous);
                });
    }

    /** Refuses a restricted or exited partner the operations reserved to active ones (applying, linking). */
    public static void requireActive(Partner partner) {
        switch (partner.status) {
            case ACTIVE -> {
            }
            case RESTRICTED -> throw new CbcException(CbcError.PARTNER_RESTRICTED);
            case EXITED -> throw new CbcException(CbcError.PARTNER_EXITED);
        }
    }
}
