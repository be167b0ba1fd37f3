package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

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

    @Transactional
    public Partner register(String partnerId, Registration registration) {
        if (partners.findByIdOptional(partnerId).isPresent()) {
            throw new CbcException(CbcError.PARTNER_ALREADY_REGISTERED);
        }
        if (partners.xaccountIdTaken(registration.xaccountId())) {
            throw new CbcException(CbcError.DUPLICATE_XACCOUNT_ID);
        }
        Partner partner = new Partner();
        partner.partnerId = partnerId;
        partner.companyName = registration.companyName().trim();
        partner.contactEmail = registration.contactEmail().trim().toLowerCase(Locale.ROOT);
        partner.contactPhone = registration.contactPhone().trim();
        partner.countryCode = registration.countryCode();
        partner.xaccountId = registration.xaccountId();
        partner.realNameStatus = RealNameStatus.NONE;
        partner.registeredAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            partners.persistAndFlush(partner);
        } catch (ConstraintViolationException e) {
            // a concurrent registration won the race: report what it took, as the pre-checks would have
            throw new CbcException(String.valueOf(e.getConstraintName()).contains("xaccount")
                    ? CbcError.DUPLICATE_XACCOUNT_ID : CbcError.PARTNER_ALREADY_REGISTERED);
        }
        events.registered(partner);
        return partner;
    }

    @Transactional
    public Partner get(String partnerId) {
        return partners.findByIdOptional(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    @Transactional
    public Page<Partner> list(int offset, int limit) {
        return new Page<>(partners.count(), partners.page(offset, limit));
    }

}
