package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.config.DealRegistrationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectRules;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository.Filter;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.AssociationRules.Decision;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Deal registration (报备): registering a prospect (an account, or a person without one by mobile phone / e-mail)
 * with exclusive rights for the configured validity, the partner's list, withdrawal, and taking a prospect from the
 * public pool.
 */
@ApplicationScoped
public class DealRegistrationService {

    /** What is registered: exactly one of an account or a contact (mobile phone and/or e-mail), normalised. */
    public record Prospect(String customerId, String mobilePhone, String email) {
    }

    /** A registration request as the service sees it; blank optional fields are already null. */
    public record NewRegistration(Prospect prospect, String companyName, String remark, String indirectPartnerId) {
    }

    private final DealRegistrationRepository registrations;
    private final PoolProspectRepository pool;
    private final SubCustomerRepository customers;
    private final PartnerProjectionRepository partners;
    private final RegistrationClosing closing;
    private final DealEventPublisher events;
    private final DealRegistrationConfig config;
    private final Clock clock;

    DealRegistrationService(DealRegistrationRepository registrations, PoolProspectRepository pool,
                            SubCustomerRepository customers, PartnerProjectionRepository partners,
                            RegistrationClosing closing, DealEventPublisher events, DealRegistrationConfig config,
                            Clock clock) {
        this.registrations = registrations;
        this.pool = pool;
        this.customers = customers;
        this.partners = partners;
        this.closing = closing;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public DealRegistration register(String callerId, String callerName, NewRegistration request) {
        Decision decision = AssociationRules.decide(callerId, request.indirectPartnerId(), partners::view);
        Prospect prospect = request.prospect();
        if (prospect.customerId() != null) {
            SubCustomer account = customers.findByIdOptional(prospect.customerId())
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_DOES_NOT_EXIST));
            ProspectRules.refusalToRegister(account, decision.partnerId()).ifPresent(refusal -> {
                throw new CbcException(refusal);
            });
        } else if ((prospect.mobilePhone() != null && customers.mobileTaken(prospect.mobilePhone()))
                || (prospect.email() != null && customers.count("lower(email) = ?1", prospect.email()) > 0)) {
            throw new CbcException(CbcError.PROSPECT_HAS_ACCOUNT);
        }
        return persist(decision, callerName, prospect, request.companyName(), request.remark(), null);
    }

    /** Registers a prospect of the public pool, which takes it out of the pool. */
    @Transactional
    public DealRegistration registerFromPool(String callerId, String callerName, UUID prospectId, String remark,
                                             String indirectPartnerId) {
        Decision decision = AssociationRules.decide(callerId, indirectPartnerId, partners::view);
        PoolProspect pooled = pool.lockOpen(prospectId)
                .orElseThrow(() -> new CbcException(CbcError.POOL_PROSPECT_NOT_FOUND));
        return persist(decision, callerName, new Prospect(null, pooled.mobilePhone, pooled.email),
                pooled.companyName, remark, pooled);
    }

    @Transactional
    public Page<DealRegistration> query(String callerId, String indirectPartnerId, Filter filter, int offset,
                                        int limit) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        return registrations.page(scope, filter, offset, limit);
    }

    @Transactional
    public DealRegistration withdraw(String callerId, String callerName, UUID registrationId,
                                     String indirectPartnerId) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        DealRegistration registration = registrations.lockOfPartner(scope, registrationId)
                .orElseThrow(() -> new CbcException(CbcError.DEAL_REGISTRATION_NOT_FOUND));
        Instant now = now();
        if (!registration.isActiveAt(now)) {
            throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
        }
        registration.close(Status.WITHDRAWN, callerName, now);
        events.closed(registration);
        return registration;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private DealRegistration persist(Decision decision, String callerName, Prospect prospect, String companyName,
                                     String remark, PoolProspect fromPool) {
        Instant now = now();
        List<DealRegistration> holders = registrations.lockActiveOf(prospect.customerId(), prospect.mobilePhone(),
                prospect.email());
        ProspectRules.refusalByHolders(holders, decision.partnerId(), now).ifPresent(refusal -> {
            throw new CbcException(refusal);
        });
        // holders left are past their expiry: close them now rather than wait for the release job
        holders.stream().filter(holder -> holder.isDueAt(now)).forEach(holder -> closing.closeRunOut(holder, now));
        registrations.flush();

        DealRegistration registration = new DealRegistration();
        registration.registrationId = UUID.randomUUID();
        registration.partnerId = decision.partnerId();
        registration.distributorId = decision.distributorId();
        registration.customerId = prospect.customerId();
        registration.mobilePhone = prospect.mobilePhone();
        registration.email = prospect.email();
        registration.companyName = companyName;
        registration.remark = remark;
        registration.status = Status.ACTIVE;
        registration.registeredBy = callerName;
        registration.registeredAt = now;
        registration.expiresAt = now.plus(config.validity());
        try {
            registrations.persistAndFlush(registration);
        } catch (ConstraintViolationException e) {
            // a concurrent registration of the same prospect committed first
            throw new CbcException(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER);
        }
        if (registration.isNoAccount()) {
            // registering a pooled prospect, whichever way, takes it out of the pool
            for (PoolProspect pooled : pool.openFor(registration.mobilePhone, registration.email)) {
                pooled.takeBy(registration.registrationId, now);
                registration.poolProspectId = pooled.prospectId;
            }
            if (fromPool != null) {
                fromPool.takeBy(registration.registrationId, now);
                registration.poolProspectId = fromPool.prospectId;
            }
        }
        events.registered(registration);
        return registration;
    }
}
