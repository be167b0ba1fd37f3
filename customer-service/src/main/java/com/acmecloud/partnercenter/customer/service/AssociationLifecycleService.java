package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.config.AssociationLifecycleConfig;
import com.acmecloud.partnercenter.customer.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.domain.AssociationLifecycle;
import com.acmecloud.partnercenter.customer.domain.AssociationLifecycle.Allowance;
import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.events.AssociationEventPublisher;
import com.acmecloud.partnercenter.customer.repository.AssociationChangeRequestRepository;
import com.acmecloud.partnercenter.customer.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rules 26–28 for both sides: the partner requests or cancels a type switch and disassociates; the customer confirms
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
    private final PartnerProjectionRepository partners;
    private final AssociationChangeRequestRepository requests;
    private final AssociationHistoryRepository history;
    private final AssociationEventPublisher events;
    private final CustomerIdentity identity;
    private final SubCustomerOwnership ownership;
    private final AssociationLifecycleConfig config;
    private final Clock clock;

    AssociationLifecycleService(SubCustomerRepository customers, PartnerProjectionRepository partners,
                                AssociationChangeRequestRepository requests, AssociationHistoryRepository history,
                                AssociationEventPublisher events, CustomerIdentity identity,
                                SubCustomerOwnership ownership, AssociationLifecycleConfig config, Clock clock) {
        this.customers = customers;
        this.partners = partners;
        this.requests = requests;
        this.history = history;
        this.events = events;
        this.identity = identity;
        this.ownership = ownership;
        this.config = config;
        this.clock = clock;
    }

    // --- partner side

    @Transactional
    public AssociationChangeRequest requestTypeChange(String callerId, String callerName, String indirectPartnerId,
                                                      String customerId, int toType) {
        Instant now = now();
        SubCustomer customer = lockPartnersCustomer(callerId, indirectPartnerId, customerId);
        AssociationChangeRequest request = AssociationLifecycle.requestSwitch(customer, pendingOf(customer, now),
                toType, () -> partnerAllowance(customer, now), callerName, now, config.typeChangeValidity());
        requests.persist(request);
        events.typeChangeRequested(request);
        return request;
    }

    @Transactional
    public AssociationChangeRequest cancelTypeChange(String callerId, String callerName, String indirectPartnerId,
                                                     String customerId, String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        SubCustomer customer = lockPartnersCustomer(callerId, indirectPartnerId, customerId);
        AssociationChangeRequest request = requests.findByIdOptional(id)
                .filter(r -> r.customerId.equals(customer.customerId) && r.partnerId.equals(customer.partnerId))
                .orElseThrow(() -> new CbcException(CbcError.CHANGE_REQUEST_NOT_FOUND));
        AssociationLifecycle.cancel(request, callerName, now());
        events.typeChangeDecided(request);
        return request;
    }

    @Transactional
    public Page<AssociationChangeRequest> typeChanges(String callerId, String indirectPartnerId, String customerId,
                                                      AssociationChangeRequest.Status status, int offset, int limit) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        return requests.page(scope, customerId, status, now(), offset, limit);
    }

    @Transactional
    public Disassociation disassociateByPartner(String callerId, String callerName, String indirectPartnerId,
                                                String customerId, String reason) {
        Instant now = now();
        SubCustomer customer = lockPartnersCustomer(callerId, indirectPartnerId, customerId);
        return disassociate(customer, Initiator.PARTNER, callerName, reason, () -> partnerAllowance(customer, now), now);
    }

    // --- customer side

    @Transactional
    public CurrentAssociation currentAssociation() {
        SubCustomer me = identity.account().orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
        Instant now = now();
        AssociationChangeRequest pending = requests.pendingOf(me.customerId).filter(r -> !r.isDueAt(now)).orElse(null);
        return new CurrentAssociation(me, pending);
    }

    @Transactional
    public AssociationChangeRequest confirmTypeChange(String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        Instant now = now();
        SubCustomer me = lockedAccount();
        AssociationChangeRequest request = ownRequest(me, id);
        AssociationLifecycle.confirm(me, request, identity.subject(), now);
        // the partner initiated the switch; the customer's confirmation made it happen
        history.persist(AssociationHistory.of(me, request.partnerId, Action.TYPE_SWITCHED, request.fromType,
                Initiator.PARTNER, identity.subject(), now));
        events.typeChangeDecided(request);
        events.typeChanged(me, request);
        return request;
    }

    @Transactional
    public AssociationChangeRequest rejectTypeChange(String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.CHANGE_REQUEST_NOT_FOUND);
        SubCustomer me = lockedAccount();
        AssociationChangeRequest request = ownRequest(me, id);
        AssociationLifecycle.reject(request, identity.subject(), now());
        events.typeChangeDecided(request);
        return request;
    }

    @Transactional
    public Disassociation disassociateByCustomer(String reason) {
        Instant now = now();
        SubCustomer me = lockedAccount();
        return disassociate(me, Initiator.CUSTOMER, identity.subject(), reason, () -> customerAllowance(me, now), now);
    }

    // --- expiry

    /** Marks the request expired if it is still pending and due; runs under the customer's row lock. */
    @Transactional
    public void expireIfDue(UUID requestId) {
        AssociationChangeRequest candidate = requests.findById(requestId);
        if (candidate == null) {
            return;
        }
        SubCustomer customer = customers.lock(candidate.customerId);
        requests.getEntityManager().refresh(candidate);
        pendingOf(customer, now());
    }

    /** Pending requests past their expiry, oldest first. */
    @Transactional
    public List<UUID> dueRequests(int max) {
        return requests.due(now(), max).stream().map(r -> r.requestId).toList();
    }

    // ---

    private Disassociation disassociate(SubCustomer customer, Initiator initiator, String actor, String reason,
                                        Supplier<Allowance> allowance, Instant now) {
        String partnerId = customer.partnerId;
        String distributorId = customer.distributorId;
        Short endedType = customer.associationType;
        AssociationLifecycle.disassociate(customer, pendingOf(customer, now), allowance);
        AssociationHistory row = AssociationHistory.of(customer, partnerId, Action.DISASSOCIATED, endedType, initiator,
                actor, now);
        row.distributorId = distributorId;
        history.persist(row);
        events.disassociated(partnerId, distributorId, customer.customerId, endedType, initiator, actor, reason, now);
        return new Disassociation(customer.customerId, partnerId, endedType, initiator, now);
    }

    /** The customer's pending request; one past its expiry is marked expired here (and published) and not returned. */
    private AssociationChangeRequest pendingOf(SubCustomer customer, Instant now) {
        AssociationChangeRequest pending = requests.pendingOf(customer.customerId).orElse(null);
        if (pending != null && pending.isDueAt(now)) {
            AssociationLifecycle.expire(pending, now);
            events.typeChangeDecided(pending);
            return null;
        }
        return pending;
    }

    /** Rule 27, partner side: every switch request it made plus every disassociation it initiated, in the window. */
    private Allowance partnerAllowance(SubCustomer customer, Instant now) {
        Instant since = AssociationLifecycle.windowStart(now, config.changeWindow());
        long used = requests.countRequestedSince(customer.customerId, customer.partnerId, since)
                + history.countSince(customer.customerId, customer.partnerId, List.of(Action.DISASSOCIATED),
                Initiator.PARTNER, since);
        return new Allowance(used, config.maxPartnerChanges(), CbcError.PARTNER_CHANGE_LIMIT_REACHED);
    }

    /** Rule 27, customer side: the disassociations it initiated from this partner in the window. */
    private Allowance customerAllowance(SubCustomer customer, Instant now) {
        Instant since = AssociationLifecycle.windowStart(now, config.changeWindow());
        long used = history.countSince(customer.customerId, customer.partnerId, List.of(Action.DISASSOCIATED),
                Initiator.CUSTOMER, since);
        return new Allowance(used, config.maxCustomerDisassociations(), CbcError.CUSTOMER_DISASSOCIATION_LIMIT_REACHED);
    }

    /** The partner's (or its linked reseller's) customer, locked; CBC.99000035 for anyone else's or none. */
    private SubCustomer lockPartnersCustomer(String callerId, String indirectPartnerId, String customerId) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        return ownership.requireOwnForUpdate(scope, customerId);
    }

    private SubCustomer lockedAccount() {
        return identity.requireAccountForUpdate();
    }

    private AssociationChangeRequest ownRequest(SubCustomer me, UUID requestId) {
        return requests.findByIdOptional(requestId)
                .filter(r -> r.customerId.equals(me.customerId))
                .orElseThrow(() -> new CbcException(CbcError.CHANGE_REQUEST_NOT_FOUND));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
