package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent.RecordedVia;
import com.acmecloud.partnercenter.customer.realname.events.RealNameEventPublisher;
import com.acmecloud.partnercenter.customer.realname.repository.PrivacyConsentRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final CustomerIdentity identity;
    private final PrivacyConsentRepository consents;
    private final RealNameEventPublisher events;
    private final Clock clock;

    PrivacyConsentService(SubCustomerOwnership ownership, CustomerIdentity identity,
                          PrivacyConsentRepository consents, RealNameEventPublisher events, Clock clock) {
        this.ownership = ownership;
        this.identity = identity;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** The customer consents now, with its own token (CBC.91005002 when the token names no account). */
    @WithTransaction
    public Uni<PrivacyConsent> recordByCustomer(CustomerIdentity.Token token, String textVersion) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return identity.requireAccount(token)
                .chain(customer -> record(customer, textVersion, now, RecordedVia.CUSTOMER, token.subject(), now));
    }

    /** The partner records the consent it collected on its sign-up page; it cannot be dated in the future. */
    @WithTransaction
    public Uni<PrivacyConsent> recordByPartner(String partnerId, String customerId, String textVersion,
                                               Instant consentedAt, String recordedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (consentedAt.isAfter(now)) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("consented_at", CbcError.PARAMETER_ERROR, "must not be in the future")));
        }
        return ownership.requireOwn(partnerId, customerId)
                .chain(customer -> record(customer, textVersion, consentedAt, RecordedVia.PARTNER, recordedBy, now));
    }

    @WithTransaction
    public Uni<Page<PrivacyConsent>> ofPartnersCustomer(String partnerId, String customerId, int offset, int limit) {
        return ownership.requireOwn(partnerId, customerId)
                .chain(customer -> consents.ofCustomer(customer.customerId, offset, limit));
    }

    /** The consents of the token's own account (CBC.91005002 when it names none). */
    @WithTransaction
    public Uni<Page<PrivacyConsent>> ofCustomer(CustomerIdentity.Token token, int offset, int limit) {
        return identity.requireAccount(token)
                .chain(customer -> consents.ofCustomer(customer.customerId, offset, limit));
    }

    private Uni<PrivacyConsent> record(SubCustomer customer, String textVersion, Instant consentedAt,
                                       RecordedVia via, String recordedBy, Instant now) {
        PrivacyConsent consent = new PrivacyConsent();
        consent.consentId = UUID.randomUUID();
        consent.customerId = customer.customerId;
        consent.partnerId = customer.partnerId;
        consent.textVersion = textVersion;
        consent.consentedAt = consentedAt;
        consent.recordedVia = via;
        consent.recordedBy = recordedBy;
        consent.recordedAt = now;
        return consents.persist(consent).call(events::consentRecorded);
    }
}
