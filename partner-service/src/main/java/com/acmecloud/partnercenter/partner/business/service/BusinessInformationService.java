package com.acmecloud.partnercenter.partner.business.service;

import com.acmecloud.partnercenter.partner.business.domain.BusinessDetails;
import com.acmecloud.partnercenter.partner.business.domain.BusinessInformation;
import com.acmecloud.partnercenter.partner.business.events.BusinessInformationEventPublisher;
import com.acmecloud.partnercenter.partner.business.repository.BusinessInformationRepository;
import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Business information verification (rule 60): the partner submits, an operator verifies or rejects. A change
 * submitted while verified keeps the verified version in force and blocks payouts until it is decided. Every
 * change publishes {@code business_information.changed.v1} with {@code payout_blocked}.
 */
@ApplicationScoped
public class BusinessInformationService {

    public enum Decision { APPROVED, REJECTED }

    private final PartnerRepository partners;
    private final BusinessInformationRepository informations;
    private final BusinessInformationEventPublisher events;
    private final Clock clock;

    BusinessInformationService(PartnerRepository partners, BusinessInformationRepository informations,
                               BusinessInformationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.informations = informations;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<BusinessInformation> get(String partnerId) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> informations.findById(partnerId))
                .map(found -> found == null ? BusinessInformation.none(partnerId) : found);
    }

    @WithTransaction
    public Uni<BusinessInformation> submit(String partnerId, BusinessDetails details) {
        return lockPartner(partnerId)
                .chain(() -> informations.findById(partnerId))
                .chain(information -> {
                    if (information == null) {
                        BusinessInformation first = BusinessInformation.none(partnerId);
                        first.submit(details, now());
                        return informations.persist(first);
                    }
                    if (information.hasPendingChange()) {
                        throw new CbcException(CbcError.BUSINESS_INFORMATION_CHANGE_PENDING);
                    }
                    information.submit(details, now());
                    return Uni.createFrom().item(information);
                })
                .call(events::businessInformationChanged);
    }

    @WithTransaction
    public Uni<BusinessInformation> review(String partnerId, Decision decision, String opinion, String operator) {
        return lockPartner(partnerId)
                .chain(() -> informations.findById(partnerId))
                .invoke(information -> {
                    if (information == null || !information.hasPendingChange()) {
                        throw new CbcException(CbcError.BUSINESS_INFORMATION_NOT_PENDING);
                    }
                    if (decision == Decision.APPROVED) {
                        information.approve(operator, opinion, now());
                    } else {
                        information.reject(operator, opinion, now());
                    }
                })
                .call(events::businessInformationChanged);
    }

    private Uni<Partner> lockPartner(String partnerId) {
        return partners.lock(partnerId).onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
