package com.acmecloud.partnercenter.customer.subcustomers.service;

import com.acmecloud.partnercenter.customer.associations.events.AssociationEventPublisher;
import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRecord;
import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRules;
import com.acmecloud.partnercenter.customer.subcustomers.repository.FreezeRecordRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Batch freeze / unfreeze of the partner's resale customers (Huawei INTL). Each customer succeeds or fails on its own;
 * failures come back as items, the rest is applied, recorded and published in one transaction.
 */
@ApplicationScoped
public class SubCustomerFreezeService {

    /** One customer the batch could not change, and why. */
    public record Failure(String customerId, CbcError error) {
    }

    private enum Operation { FREEZE, UNFREEZE }

    private final SubCustomerRepository customers;
    private final PartnerScopes scopes;
    private final FreezeRecordRepository records;
    private final AssociationEventPublisher events;
    private final Clock clock;

    SubCustomerFreezeService(SubCustomerRepository customers, PartnerScopes scopes, FreezeRecordRepository records,
                             AssociationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.scopes = scopes;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<List<Failure>> freeze(String callerId, String callerName, String indirectPartnerId,
                                     List<String> customerIds, String reason, FreezeType type) {
        return apply(Operation.FREEZE, callerId, callerName, indirectPartnerId, customerIds, reason, type);
    }

    @WithTransaction
    public Uni<List<Failure>> unfreeze(String callerId, String callerName, String indirectPartnerId,
                                       List<String> customerIds, String reason, FreezeType type) {
        return apply(Operation.UNFREEZE, callerId, callerName, indirectPartnerId, customerIds, reason, type);
    }

    private Uni<List<Failure>> apply(Operation operation, String callerId, String callerName,
                                     String indirectPartnerId, List<String> customerIds, String reason,
                                     FreezeType type) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(customerIds));
        Map<String, SubCustomer> locked = new HashMap<>();
        List<Failure> failures = new ArrayList<>();
        return scopes.queryScope(callerId, indirectPartnerId).chain(scope ->
                // lock in one global order so that two overlapping batches cannot deadlock
                Sequentially.forEach(ids.stream().sorted().toList(),
                                id -> customers.lock(id).invoke(customer -> locked.put(id, customer)))
                        .chain(() -> Sequentially.forEach(ids, id -> applyTo(operation, scope, locked.get(id), type,
                                        reason, callerName, now)
                                .onFailure(CbcException.class).recoverWithItem(refused -> {
                                    failures.add(new Failure(id, ((CbcException) refused).error()));
                                    return null;
                                })))
                        .replaceWith(failures));
    }

    private Uni<Void> applyTo(Operation operation, String scope, SubCustomer lockedCustomer, FreezeType type,
                              String reason, String callerName, Instant now) {
        return Uni.createFrom().item(() -> SubCustomerOwnership.requireOwnedBy(scope, lockedCustomer))
                .chain(customer -> {
                    if (operation == Operation.FREEZE && FreezeRules.freeze(customer, type)) {
                        return records.persist(FreezeRecord.of(customer, FreezeRecord.Action.FREEZE, type, reason,
                                        callerName, now))
                                .chain(() -> events.frozen(customer, type, reason, callerName, now));
                    } else if (operation == Operation.UNFREEZE && FreezeRules.unfreeze(customer, type)) {
                        return records.persist(FreezeRecord.of(customer, FreezeRecord.Action.UNFREEZE, type, reason,
                                        callerName, now))
                                .chain(() -> events.unfrozen(customer, type, reason, callerName, now));
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
