package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import com.acmecloud.partnercenter.customer.deals.config.DealRegistrationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistrationFilter;
import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectRules;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.customer.partners.domain.AssociationRules.Decision;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

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
    private final PartnerScopes scopes;
    private final RegistrationClosing closing;
    private final DealEventPublisher events;
    private final DealRegistrationConfig config;
    private final Clock clock;

    DealRegistrationService(DealRegistrationRepository registrations, PoolProspectRepository pool,
                            SubCustomerRepository customers, PartnerScopes scopes, RegistrationClosing closing,
                            DealEventPublisher events, DealRegistrationConfig config, Clock clock) {
        this.registrations = registrations;
        this.pool = pool;
        this.customers = customers;
        this.scopes = scopes;
        this.closing = closing;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DealRegistration> register(String callerId, String callerName, NewRegistration request) {
        Prospect prospect = request.prospect();
        return scopes.decide(callerId, request.indirectPartnerId())
                .call(decision -> prospect.customerId() != null
                        ? refusalToRegister(prospect.customerId(), decision.partnerId())
                        : refuseIfHasAccount(prospect))
                .chain(decision -> persist(decision, callerName, prospect, request.companyName(), request.remark(),
                        null));
    }

    /** Registers a prospect of the public pool, which takes it out of the pool. */
    @WithTransaction
    public Uni<DealRegistration> registerFromPool(String callerId, String callerName, UUID prospectId, String remark,
                                                  String indirectPartnerId) {
        return scopes.decide(callerId, indirectPartnerId).chain(decision -> pool.lockOpen(prospectId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.POOL_PROSPECT_NOT_FOUND))
                .chain(pooled -> persist(decision, callerName, new Prospect(null, pooled.mobilePhone, pooled.email),
                        pooled.companyName, remark, pooled)));
    }

    @WithTransaction
    public Uni<Page<DealRegistration>> query(String callerId, String indirectPartnerId, DealRegistrationFilter filter,
                                             int offset, int limit) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> registrations.page(scope, filter, offset, limit));
    }

    @WithTransaction
    public Uni<DealRegistration> withdraw(String callerId, String callerName, UUID registrationId,
                                          String indirectPartnerId) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> registrations.lockOfPartner(scope, registrationId))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.DEAL_REGISTRATION_NOT_FOUND))
                .invoke(registration -> {
                    Instant now = now();
                    if (!registration.isActiveAt(now)) {
                        throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
                    }
                    registration.close(Status.WITHDRAWN, callerName, now);
                })
                .call(events::closed);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private Uni<Void> refusalToRegister(String customerId, String partnerId) {
        return customers.findById(customerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_DOES_NOT_EXIST))
                .invoke(account -> ProspectRules.refusalToRegister(account, partnerId).ifPresent(refusal -> {
                    throw new CbcException(refusal);
                }))
                .replaceWithVoid();
    }

    /** A mobile or e-mail that already has an account must be registered by its customer id. */
    private Uni<Void> refuseIfHasAccount(Prospect prospect) {
        Uni<Boolean> mobileTaken = prospect.mobilePhone() == null ? Uni.createFrom().item(false)
                : customers.mobileTaken(prospect.mobilePhone());
        return mobileTaken
                .chain(taken -> taken || prospect.email() == null ? Uni.createFrom().item(taken)
                        : customers.count("lower(email) = ?1", prospect.email()).map(count -> count > 0))
                .invoke(hasAccount -> {
                    if (hasAccount) {
                        throw new CbcException(CbcError.PROSPECT_HAS_ACCOUNT);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<DealRegistration> persist(Decision decision, String callerName, Prospect prospect,
                                          String companyName, String remark, PoolProspect fromPool) {
        Instant now = now();
        return registrations.lockActiveOf(prospect.customerId(), prospect.mobilePhone(), prospect.email())
                .chain(holders -> {
                    ProspectRules.refusalByHolders(holders, decision.partnerId(), now).ifPresent(refusal -> {
                        throw new CbcException(refusal);
                    });
                    // holders left are past their expiry: close them now rather than wait for the release job
                    return Sequentially.forEach(holders.stream().filter(holder -> holder.isDueAt(now)).toList(),
                            holder -> closing.closeRunOut(holder, now));
                })
                .chain(registrations::flush)
                .chain(() -> {
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
                    return registrations.persistAndFlush(registration)
                            // a concurrent registration of the same prospect committed first
                            .onFailure(failure -> ConstraintViolations.constraintOf(failure).isPresent())
                            .transform(failure -> new CbcException(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER));
                })
                .call(registration -> registration.isNoAccount() ? takeFromPool(registration, fromPool, now)
                        : Uni.createFrom().voidItem())
                .call(events::registered);
    }

    /** Registering a pooled prospect, whichever way, takes it out of the pool. */
    private Uni<Void> takeFromPool(DealRegistration registration, PoolProspect fromPool, Instant now) {
        return pool.openFor(registration.mobilePhone, registration.email).invoke(open -> {
            for (PoolProspect pooled : open) {
                pooled.takeBy(registration.registrationId, now);
                registration.poolProspectId = pooled.prospectId;
            }
            if (fromPool != null) {
                fromPool.takeBy(registration.registrationId, now);
                registration.poolProspectId = fromPool.prospectId;
            }
        }).replaceWithVoid();
    }
}
