package com.acmecloud.partnercenter.partner.registration.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.registration.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Enrolment of a company as a partner, and reading partners back. */
@ApplicationScoped
public class PartnerRegistrationService {

    public record Registration(String companyName, String contactEmail, String contactPhone, String countryCode,
                               String xaccountId) {
    }

    private final PartnerRepository partners;
    private final PartnerEventPublisher events;
    private final Clock clock;

    PartnerRegistrationService(PartnerRepository partners, PartnerEventPublisher events, Clock clock) {
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Partner> register(String partnerId, Registration registration) {
        return partners.findById(partnerId)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new CbcException(CbcError.PARTNER_ALREADY_REGISTERED);
                    }
                })
                .chain(() -> partners.xaccountIdTaken(registration.xaccountId()))
                .invoke(taken -> {
                    if (taken) {
                        throw new CbcException(CbcError.DUPLICATE_XACCOUNT_ID);
                    }
                })
                .chain(() -> partners.persistAndFlush(newPartner(partnerId, registration)))
                // a concurrent registration won the race: report what it took, as the pre-checks would have
                .onFailure(e -> ConstraintViolations.constraintOf(e).isPresent())
                .transform(e -> new CbcException(ConstraintViolations.violates(e, "xaccount")
                        ? CbcError.DUPLICATE_XACCOUNT_ID : CbcError.PARTNER_ALREADY_REGISTERED))
                .call(events::registered);
    }

    @WithSession
    public Uni<Partner> get(String partnerId) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    @WithSession
    public Uni<Page<Partner>> list(int offset, int limit) {
        return partners.count().chain(total -> partners.page(offset, limit).map(items -> new Page<>(total, items)));
    }

    private Partner newPartner(String partnerId, Registration registration) {
        Partner partner = new Partner();
        partner.partnerId = partnerId;
        partner.companyName = registration.companyName().trim();
        partner.contactEmail = registration.contactEmail().trim().toLowerCase(Locale.ROOT);
        partner.contactPhone = registration.contactPhone().trim();
        partner.countryCode = registration.countryCode();
        partner.xaccountId = registration.xaccountId();
        partner.realNameStatus = RealNameStatus.NONE;
        partner.registeredAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return partner;
    }
}
