package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.FreezeRecord;
import com.acmecloud.partnercenter.customer.domain.FreezeRules;
import com.acmecloud.partnercenter.customer.domain.FreezeType;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.events.AssociationEventPublisher;
import com.acmecloud.partnercenter.customer.repository.FreezeRecordRepository;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final PartnerProjectionRepository partners;
    private final FreezeRecordRepository records;
    private final AssociationEventPublisher events;
    private final Clock clock;

    SubCustomerFreezeService(SubCustomerRepository customers, PartnerProjectionRepository partners,
                             FreezeRecordRepository records, AssociationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.partners = partners;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<Failure> freeze(String callerId, String callerName, String indirectPartnerId, List<String> customerIds,
                                String reason, FreezeType type) {
        return apply(Operation.FREEZE, callerId, callerName, indirectPartnerId, customerIds, reason, type);
    }

    @Transactional
    public List<Failure> unfreeze(String callerId, String callerName, String indirectPartnerId,
                                  List<String> customerIds, String reason, FreezeType type) {
        return apply(Operation.UNFREEZE, callerId, callerName, indirectPartnerId, customerIds, reason, type);
    }

    private List<Failure> apply(Operation operation, String callerId, String callerName, String indirectPartnerId,
                                List<String> customerIds, String reason, FreezeType type) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(customerIds));
        // lock in one global order so that two overlapping batches cannot deadlock
        Map<String, SubCustomer> locked = new HashMap<>();
        ids.stream().sorted().forEach(id -> locked.put(id, customers.lock(id)));
        List<Failure> failures = new ArrayList<>();
        for (String id : ids) {
            SubCustomer customer = locked.get(id);
            try {
                SubCustomerOwnership.requireOwnedBy(scope, customer);
                if (operation == Operation.FREEZE && FreezeRules.freeze(customer, type)) {
                    records.persist(FreezeRecord.of(customer, FreezeRecord.Action.FREEZE, type, reason, callerName, now));
                    events.frozen(customer, type, reason, callerName, now);
                } else if (operation == Operation.UNFREEZE && FreezeRules.unfreeze(customer, type)) {
                    records.persist(FreezeRecord.of(customer, FreezeRecord.Action.UNFREEZE, type, reason, callerName,
                            now));
                    events.unfrozen(customer, type, reason, callerName, now);
                }
            } catch (CbcException refused) {
                failures.add(new Failure(id, refused.error()));
            }
        }
        return failures;
    }
}
