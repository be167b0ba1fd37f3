package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent.RecordedVia;
import com.acmecloud.partnercenter.customer.realname.events.RealNameEventPublisher;
import com.acmecloud.partnercenter.customer.realname.repository.PrivacyConsentRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Seed 16 / rule 22: a customer's consent to the privacy statement, recorded by the customer or by its partner,
 * before the partner may upload the customer's information (real-name submissions check it).
 */
@ApplicationScoped
public class PrivacyConsentService {

    private final SubCustomerOwnership ownership;
    private final SubCustomerRepository customers;
    private final PrivacyConsentRepository consents;
    private final RealNameEventPublisher events;
    private final Clock clock;

    PrivacyConsentService(SubCustomerOwnership ownership, SubCustomerRepository customers,
                          PrivacyConsentRepository consents, RealNameEventPublisher events, Clock clock) {
        this.ownership = ownership;
        this.customers = customers;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** The customer consents now, with its own token. */
    @Transactional
    public PrivacyConsent recordByCustomer(String customerId, String textVersion, String recordedBy) {
        SubCustomer customer = ownCustomer(customerId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return record(customer, textVersion, now, RecordedVia.CUSTOMER, recordedBy, now);
    }

    /** The partner records the consent it collected on its sign-up page; it cannot be dated in the future. */
    @Transactional
    public PrivacyConsent recordByPartner(String partnerId, String customerId, String textVersion, Instant consentedAt,
                                          String recordedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (consentedAt.isAfter(now)) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("consented_at", CbcError.PARAMETER_ERROR, "must not be in the future")));
        }
        SubCustomer customer = ownership.requireOwn(partnerId, customerId);
        return record(customer, textVersion, consentedAt, RecordedVia.PARTNER, recordedBy, now);
    }

    @Transactional
    public Page<PrivacyConsent> ofPartnersCustomer(String partnerId, String customerId, int offset, int limit) {
        return consents.ofCustomer(ownership.requireOwn(partnerId, customerId).customerId, offset, limit);
    }

    @Transactional
    public Page<PrivacyConsent> ofCustomer(String customerId, int offset, int limit) {
        return consents.ofCustomer(ownCustomer(customerId).customerId, offset, limit);
    }

    private SubCustomer ownCustomer(String customerId) {
        SubCustomer customer = customers.findById(customerId);
        if (customer == null) {
            throw new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND);
        }
        return customer;
    }

    private PrivacyConsent record(SubCustomer customer, String textVersion, Instant consentedAt, RecordedVia via,
                                  String recordedBy, Instant now) {
        PrivacyConsent consent = new PrivacyConsent();
        consent.consentId = UUID.randomUUID();
        consent.customerId = customer.customerId;
        consent.partnerId = customer.partnerId;
        consent.textVersion = textVersion;
        consent.consentedAt = consentedAt;
        consent.recordedVia = via;
        consent.recordedBy = recordedBy;
        consent.recordedAt = now;
        consents.persist(consent);
        events.consentRecorded(consent);
        return consent;
    }
}
