package com.acmecloud.partnercenter.customer.associations.service;

import com.acmecloud.partnercenter.customer.accountfacts.service.AccountFacts;
import com.acmecloud.partnercenter.customer.associations.config.AssociationLifecycleConfig;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationLifecycle;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationLifecycle.Allowance;
import com.acmecloud.partnercenter.customer.associations.events.AssociationEventPublisher;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationChangeRequestRepository;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Rules 26–28 (and rule 11 for a switch to resale) for both sides: the partner requests or cancels a type switch and disassociates; the customer confirms
 * or rejects the switch and disassociates. Every change locks the customer row first, so concurrent changes to one
 * customer are serialised, and records history and publishes its events in the same transaction.
 */
@ApplicationScoped
public class AssociationLifecycleService {

    /** What a disassociation ended. */
    public record Disassociation(String customerId, String partnerId, int associationType, Initiator initiatedBy,
                                 Instant disassociatedAt) {
    }

    /** The customer's current association and the switch waiting for its decision (null when none). */
    public record CurrentAssociation(SubCustomer customer, AssociationChangeRequest pendingChange) {
    }

    private final SubCustomerRepository customers;
    private final PartnerScopes scopes;
    private final AssociationChangeRequestRepository requests;
    private final AssociationHistoryRepository history;
    private final AssociationEventPublisher events;
    private final CustomerIdentity identity;
    private final SubCustomerOwnership ownership;
    private final AssociationLifecycleConfig config;
    private final AccountFacts accountFacts;
    private final Clock clock;

    AssociationLifecycleService(SubCustomerRepository customers, PartnerScopes scopes,
                                AssociationChangeRequestRepository requests, AssociationHistoryRepository history,
                                AssociationEventPublisher events, CustomerIdentity identity,
                                SubCustomerOwnership ownership, AssociationLifecycleConfig config,
                                AccountFacts accountFacts, Clock clock) {
        this.customers = customers;
        this.scopes = scopes;
        this.requests = requests;
        this.history = history;
        this.events = events;
        this.identity = identity;
        this.ownership = ownership;
        this.config = config;
        this.accountFacts = accountFacts;
        this.clock = clock;
    }

    // --- partner side

    @WithTransaction
    public Uni<AssociationChangeRequest> requestTypeChange(String callerId, String callerName,
                                                           String indirectPartnerId, String customerId, int toType) {
        Instant now = now();
        return lockPartnersCustomer(callerId, indirectPartnerId, customerId)
                .chain(customer -> pendingOf(customer, now)
                        .chain(pending -> partnerAllowance(customer, now)
                                .map(allowance -> AssociationLifecycle.requestSwitch(customer, pending, toType,
                                        allowance, callerName, now, config.typeChangeValidity())))
                        // rules 28 and 11 from billing's account facts, once the lifecycle allows the switch
                        .call(request -> accountFacts.requireSwitchAllowed(customer.customerId, customer.partnerId,
                                request.toType == SubCustomer.RESALE)))
                .call(requests::persist)
                .call(events::typeChangeRequested);
    }

    @WithTransaction
    public Uni<AssociationChangeRequest> cancelTypeChange(String callerId, String callerName,
                                                          String indirectPartnerId, String customerId,
                                                          String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        return lockPartnersCustomer(callerId, indirectPartnerId, customerId)
                .chain(customer -> requests.findById(id).map(request -> {
                    if (request == null || !request.customerId.equals(customer.customerId)
                            || !request.partnerId.equals(customer.partnerId)) {
                        throw new CbcException(CbcError.CHANGE_REQUEST_NOT_FOUND);
                    }
                    AssociationLifecycle.cancel(request, callerName, now());
                    return request;
                }))
                .call(events::typeChangeDecided);
    }

    @WithTransaction
    public Uni<Page<AssociationChangeRequest>> typeChanges(String callerId, String indirectPartnerId,
                                                           String customerId, AssociationChangeRequest.Status status,
                                                           int offset, int limit) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> requests.page(scope, customerId, status, now(), offset, limit));
    }

    @WithTransaction
    public Uni<Disassociation> disassociateByPartner(String callerId, String callerName, String indirectPartnerId,
                                                     String customerId, String reason) {
        Instant now = now();
        return lockPartnersCustomer(callerId, indirectPartnerId, customerId)
                .chain(customer -> disassociate(customer, Initiator.PARTNER, callerName, reason, now));
    }

    // --- customer side: rule 10, a customer of the other site acts on no association here (CBC.0156)

    @WithTransaction
    public Uni<CurrentAssociation> currentAssociation(CustomerIdentity.Token token) {
        Instant now = now();
        return identity.requireAccountOfThisSite(token).chain(me -> requests.pendingOf(me.customerId)
                .map(pending -> new CurrentAssociation(me, pending == null || pending.isDueAt(now) ? null : pending)));
    }

    @WithTransaction
    public Uni<AssociationChangeRequest> confirmTypeChange(CustomerIdentity.Token token, String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        Instant now = now();
        return identity.requireAccountOfThisSiteForUpdate(token).chain(me -> ownRequest(me, id)
                .invoke(request -> AssociationLifecycle.confirm(me, request, token.subject(), now))
                // the facts may have changed since the partner asked (rules 28 and 11); a refusal rolls it all back
                .call(request -> accountFacts.requireSwitchAllowed(me.customerId, request.partnerId,
                        request.toType == SubCustomer.RESALE))
                // the partner initiated the switch; the customer's confirmation made it happen
                .call(request -> history.persist(AssociationHistory.of(me, request.partnerId, Action.TYPE_SWITCHED,
                        request.fromType, Initiator.PARTNER, token.subject(), now)))
                .call(events::typeChangeDecided)
                .call(request -> events.typeChanged(me, request)));
    }

    @WithTransaction
    public Uni<AssociationChangeRequest> rejectTypeChange(CustomerIdentity.Token token, String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        return identity.requireAccountOfThisSiteForUpdate(token).chain(me -> ownRequest(me, id))
                .invoke(request -> AssociationLifecycle.reject(request, token.subject(), now()))
                .call(events::typeChangeDecided);
    }

    @WithTransaction
    public Uni<Disassociation> disassociateByCustomer(CustomerIdentity.Token token, String reason) {
        Instant now = now();
        return identity.requireAccountOfThisSiteForUpdate(token)
                .chain(me -> disassociate(me, Initiator.CUSTOMER, token.subject(), reason, now));
    }

    // --- expiry

    /** Marks the request expired if it is still pending and due; runs under the customer's row lock. */
    @WithTransaction
    public Uni<Void> expireIfDue(UUID requestId) {
        return requests.findById(requestId).chain(candidate -> candidate == null ? Uni.createFrom().voidItem()
                : customers.lock(candidate.customerId)
                        .call(() -> requests.getSession().chain(session -> session.refresh(candidate)))
                        .chain(customer -> pendingOf(customer, now()))
                        .replaceWithVoid());
    }

    /** Pending requests past their expiry, oldest first. */
    @WithTransaction
    public Uni<List<UUID>> dueRequests(int max) {
        return requests.due(now(), max).map(due -> due.stream().map(r -> r.requestId).toList());
    }

    // ---

    private Uni<Disassociation> disassociate(SubCustomer customer, Initiator initiator, String actor, String reason,
                                             Instant now) {
        String partnerId = customer.partnerId;
        String distributorId = customer.distributorId;
        Short endedType = customer.associationType;
        return pendingOf(customer, now)
                .chain(pending -> allowanceOf(initiator, customer, now)
                        .invoke(allowance -> AssociationLifecycle.disassociate(customer, pending, allowance)))
                // rule 28: not while the customer has arrears on this partner's book
                .call(() -> accountFacts.requireNoArrearsWith(customer.customerId, partnerId))
                .chain(() -> {
                    AssociationHistory row = AssociationHistory.of(customer, partnerId, Action.DISASSOCIATED,
                            endedType, initiator, actor, now);
                    row.distributorId = distributorId;
                    return history.persist(row);
                })
                .call(() -> events.disassociated(partnerId, distributorId, customer.customerId, endedType, initiator,
                        actor, reason, now))
                .map(row -> new Disassociation(customer.customerId, partnerId, endedType, initiator, now));
    }

    /**
     * The customer's pending request (null when none); one past its expiry is marked expired here (and published)
     * and not returned.
     */
    private Uni<AssociationChangeRequest> pendingOf(SubCustomer customer, Instant now) {
        return requests.pendingOf(customer.customerId).chain(pending -> {
            if (pending != null && pending.isDueAt(now)) {
                AssociationLifecycle.expire(pending, now);
                return events.typeChangeDecided(pending).replaceWith((AssociationChangeRequest) null);
            }
            return Uni.createFrom().item(pending);
        });
    }

    private Uni<Allowance> allowanceOf(Initiator initiator, SubCustomer customer, Instant now) {
        if (!customer.isAssociated()) {
            // nothing to count: the lifecycle refuses to disassociate a customer that has no partner
            return Uni.createFrom().item(new Allowance(0, 1, CbcError.CUSTOMER_NOT_ASSOCIATED));
        }
        return initiator == Initiator.PARTNER ? partnerAllowance(customer, now) : customerAllowance(customer, now);
    }

    /** Rule 27, partner side: every switch request it made plus every disassociation it initiated, in the window. */
    private Uni<Allowance> partnerAllowance(SubCustomer customer, Instant now) {
        Instant since = AssociationLifecycle.windowStart(now, config.changeWindow());
        return requests.countRequestedSince(customer.customerId, customer.partnerId, since)
                .chain(requested -> history.countSince(customer.customerId, customer.partnerId,
                                List.of(Action.DISASSOCIATED), Initiator.PARTNER, since)
                        .map(disassociated -> new Allowance(requested + disassociated, config.maxPartnerChanges(),
                                CbcError.PARTNER_CHANGE_LIMIT_REACHED)));
    }

    /** Rule 27, customer side: the disassociations it initiated from this partner in the window. */
    private Uni<Allowance> customerAllowance(SubCustomer customer, Instant now) {
        Instant since = AssociationLifecycle.windowStart(now, config.changeWindow());
        return history.countSince(customer.customerId, customer.partnerId, List.of(Action.DISASSOCIATED),
                        Initiator.CUSTOMER, since)
                .map(used -> new Allowance(used, config.maxCustomerDisassociations(),
                        CbcError.CUSTOMER_DISASSOCIATION_LIMIT_REACHED));
    }

    /** The partner's (or its linked reseller's) customer, locked; CBC.99000035 for anyone else's or none. */
    private Uni<SubCustomer> lockPartnersCustomer(String callerId, String indirectPartnerId, String customerId) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> ownership.requireOwnForUpdate(scope, customerId));
    }

    private Uni<AssociationChangeRequest> ownRequest(SubCustomer me, UUID requestId) {
        return requests.findById(requestId).map(request -> {
            if (request == null || !request.customerId.equals(me.customerId)) {
                throw new CbcException(CbcError.CHANGE_REQUEST_NOT_FOUND);
            }
            return request;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
