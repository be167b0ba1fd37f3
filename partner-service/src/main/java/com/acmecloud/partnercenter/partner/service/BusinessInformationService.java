package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.BusinessDetails;
import com.acmecloud.partnercenter.partner.domain.BusinessInformation;
import com.acmecloud.partnercenter.partner.events.AccessBusinessEventPublisher;
import com.acmecloud.partnercenter.partner.repository.BusinessInformationRepository;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final AccessBusinessEventPublisher events;
    private final Clock clock;

    BusinessInformationService(PartnerRepository partners, BusinessInformationRepository informations,
                               AccessBusinessEventPublisher events, Clock clock) {
        this.partners = partners;
        this.informations = informations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BusinessInformation get(String partnerId) {
        if (partners.findByIdOptional(partnerId).isEmpty()) {
            throw new CbcException(CbcError.PARTNER_NOT_FOUND);
        }
        return informations.findByIdOptional(partnerId).orElseGet(() -> BusinessInformation.none(partnerId));
    }

    @Transactional
    public BusinessInformation submit(String partnerId, BusinessDetails details) {
        partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
        BusinessInformation information = informations.findByIdOptional(partnerId).orElse(null);
        if (information == null) {
            information = BusinessInformation.none(partnerId);
            information.submit(details, now());
            informations.persist(information);
        } else if (information.hasPendingChange()) {
            throw new CbcException(CbcError.BUSINESS_INFORMATION_CHANGE_PENDING);
        } else {
            information.submit(details, now());
        }
        events.businessInformationChanged(information);
        return information;
    }

    @Transactional
    public BusinessInformation review(String partnerId, Decision decision, String opinion, String operator) {
        partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
        BusinessInformation information = informations.findByIdOptional(partnerId)
                .filter(BusinessInformation::hasPendingChange)
                .orElseThrow(() -> new CbcException(CbcError.BUSINESS_INFORMATION_NOT_PENDING));
        if (decision == Decision.APPROVED) {
            information.approve(operator, opinion, now());
        } else {
            information.reject(operator, opinion, now());
        }
        events.businessInformationChanged(information);
        return information;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
