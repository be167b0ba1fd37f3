package com.acmecloud.partnercenter.billing.consumption.service;

import com.acmecloud.partnercenter.billing.budgets.service.BudgetTracker;
import com.acmecloud.partnercenter.billing.budgets.service.CustomerSpendingChanged;
import com.acmecloud.partnercenter.billing.consumption.config.ConsumptionConfig;
import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.consumption.domain.RatedRecord;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository.Inserted;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository.NewRecord;
import com.acmecloud.partnercenter.billing.coupons.service.CouponUsage;
import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Ingests a batch of rated consumption records in one transaction: checks each record, stores the new ones in one
 * set-based insert (re-sent ids change nothing), charges the resale customers' new spending through the ledger
 * ({@link CustomerCharging}) and appends one {@code billing.consumption_ingested} per customer, bill cycle and
 * lateness. Referral customers' records are stored for bills and performance and charge nobody. After a resale
 * customer is charged, its budget hears the month's new total ({@link BudgetTracker}, rule 13). What partner coupons
 * paid draws the customer's coupons down ({@link CouponUsage}, rule 46).
 */
@ApplicationScoped
public class ConsumptionIngestService {

    /** The most record lines one {@code billing.consumption_ingested} event carries (about 300 bytes each). */
    static final int LINES_PER_EVENT = 250;

    /** One record the batch did not store, and why. */
    public record Failure(String recordId, CbcError error, String message) {
    }

    public record Result(String batchId, int received, int accepted, int late, List<String> duplicateIds,
                         List<Failure> failures) {
    }

    private final ConsumptionConfig config;
    private final CustomerProjectionRepository customers;
    private final ConsumptionRecordRepository records;
    private final CustomerCharging charging;
    private final OutboxWriter outbox;
    private final BudgetTracker budgets;
    private final CouponUsage couponUsage;
    private final Clock clock;

    ConsumptionIngestService(ConsumptionConfig config, CustomerProjectionRepository customers,
                             ConsumptionRecordRepository records, CustomerCharging charging, OutboxWriter outbox,
                             BudgetTracker budgets, CouponUsage couponUsage, Clock clock) {
        this.config = config;
        this.customers = customers;
        this.records = records;
        this.charging = charging;
        this.outbox = outbox;
        this.budgets = budgets;
        this.couponUsage = couponUsage;
        this.clock = clock;
    }

    public Uni<Result> ingest(List<RatedRecord.Raw> batch, String actor) {
        if (batch == null || batch.isEmpty()) {
            return Uni.createFrom().failure(new CbcException(CbcError.INVALID_PARAMETER, "records is required"));
        }
        if (batch.size() > config.maxRecords()) {
            return Uni.createFrom().failure(new CbcException(CbcError.CONSUMPTION_BATCH_TOO_LARGE,
                    "Too many consumption records in one request: at most " + config.maxRecords()));
        }
        List<Failure> failures = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, RatedRecord> checked = new LinkedHashMap<>();
        for (RatedRecord.Raw raw : batch) {
            if (raw == null || !RatedRecord.validId(raw.recordId())) {
                failures.add(new Failure(raw == null ? null : raw.recordId(), CbcError.INVALID_PARAMETER,
                        "record_id is required: 1 to 64 letters, digits or _ . : -"));
                continue;
            }
            if (checked.containsKey(raw.recordId())) {
                duplicates.add(raw.recordId());
                continue;
            }
            try {
                checked.put(raw.recordId(), RatedRecord.check(raw));
            } catch (RatedRecord.Rejected rejected) {
                failures.add(new Failure(raw.recordId(), rejected.error(), rejected.getMessage()));
            }
        }
        UUID batchId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> store(new ArrayList<>(checked.values()), batchId, actor, now, failures))
                .map(stored -> {
                    Set<String> inserted = new HashSet<>();
                    int late = 0;
                    for (Inserted row : stored) {
                        inserted.add(row.recordId());
                        late += row.late() ? 1 : 0;
                    }
                    Set<String> failed = new HashSet<>();
                    failures.forEach(f -> failed.add(f.recordId()));
                    for (String id : checked.keySet()) {
                        if (!inserted.contains(id) && !failed.contains(id)) {
                            duplicates.add(id);
                        }
                    }
                    return new Result(batchId.toString(), batch.size(), inserted.size(), late, duplicates, failures);
                });
    }

    private Uni<List<Inserted>> store(List<RatedRecord> valid, UUID batchId, String actor, Instant now,
                                      List<Failure> failures) {
        if (valid.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> customerIds = valid.stream().map(RatedRecord::customerId).distinct().toList();
        return customers.list("customerId in ?1", customerIds).chain(found -> {
            Map<String, CustomerProjection> byId = new HashMap<>();
            found.forEach(c -> byId.put(c.customerId, c));
            List<NewRecord> rows = new ArrayList<>();
            for (RatedRecord record : valid) {
                CustomerProjection customer = byId.get(record.customerId());
                if (customer == null || customer.partnerId == null || customer.associationType == null) {
                    failures.add(new Failure(record.recordId(), CbcError.CONSUMPTION_CUSTOMER_UNKNOWN,
                            CbcError.CONSUMPTION_CUSTOMER_UNKNOWN.message()));
                    continue;
                }
                rows.add(new NewRecord(record, customer.partnerId, customer.distributorId,
                        customer.associationType));
            }
            List<YearMonth> cycles = rows.stream().map(r -> r.record().billCycle()).distinct().toList();
            YearMonth current = BillCycles.of(now);
            return records.holdOpenPeriods(cycles)
                    .chain(() -> records.insertNew(rows, batchId, now, current))
                    .call(inserted -> chargeAndPublish(rows, inserted, batchId, actor, now, current));
        });
    }

    private Uni<Void> chargeAndPublish(List<NewRecord> rows, List<Inserted> inserted, UUID batchId, String actor,
                                       Instant now, YearMonth current) {
        Map<String, Boolean> lateById = new HashMap<>();
        inserted.forEach(row -> lateById.put(row.recordId(), row.late()));
        // per customer (sorted: one lock order), the new records
        Map<String, List<NewRecord>> byCustomer = new TreeMap<>();
        for (NewRecord row : rows) {
            if (lateById.containsKey(row.record().recordId())) {
                byCustomer.computeIfAbsent(row.record().customerId(), id -> new ArrayList<>()).add(row);
            }
        }
        List<String[]> resale = new ArrayList<>();
        byCustomer.forEach((customerId, list) -> {
            if (list.get(0).associationType() == CustomerProjection.RESALE) {
                resale.add(new String[] {customerId, list.get(0).partnerId()});
            }
        });
        Map<String, BigDecimal> recordDebts = new LinkedHashMap<>();
        Uni<Void> chain = resale.isEmpty() ? Uni.createFrom().voidItem() : charging.lockAll(resale, now);
        for (Map.Entry<String, List<NewRecord>> entry : byCustomer.entrySet()) {
            List<NewRecord> list = entry.getValue();
            NewRecord first = list.get(0);
            if (first.associationType() == CustomerProjection.RESALE) {
                BigDecimal refund = list.stream().filter(r -> r.record().billType() == RatedRecord.UNSUBSCRIBE)
                        .map(r -> r.record().cashAmount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                List<RatedRecord> consumes = list.stream().map(NewRecord::record)
                        .filter(r -> r.billType() == RatedRecord.CONSUME)
                        .sorted(Comparator.comparing(RatedRecord::consumeTime).thenComparing(RatedRecord::recordId))
                        .toList();
                chain = chain.chain(() -> charging.charge(batchId, entry.getKey(), first.partnerId(),
                                first.distributorId(), refund, consumes, actor, now))
                        .invoke(charged -> recordDebts.putAll(charged.recordDebts()))
                        .replaceWithVoid();
                for (YearMonth cycle : list.stream().map(r -> r.record().billCycle()).distinct().sorted().toList()) {
                    chain = chain.chain(() -> records.spentIn(entry.getKey(), cycle))
                            .chain(total -> budgets.spendingChanged(
                                    new CustomerSpendingChanged(entry.getKey(), cycle, total)));
                }
            }
            List<CouponUsage.Spend> couponSpends = list.stream().map(NewRecord::record)
                    .filter(r -> r.billType() == RatedRecord.CONSUME && r.partnerCouponAmount().signum() > 0)
                    .sorted(Comparator.comparing(RatedRecord::consumeTime).thenComparing(RatedRecord::recordId))
                    .map(r -> new CouponUsage.Spend(r.recordId(), r.cloudServiceType(), r.partnerCouponAmount(),
                            r.consumeTime()))
                    .toList();
            if (!couponSpends.isEmpty()) {
                chain = chain.chain(() -> couponUsage.draw(first.partnerId(), entry.getKey(), couponSpends, now))
                        .replaceWithVoid();
            }
            chain = chain.chain(() -> publishIngested(list, lateById, batchId, now, current));
        }
        return chain.chain(() -> records.recordDebts(recordDebts));
    }

    private Uni<Void> publishIngested(List<NewRecord> list, Map<String, Boolean> lateById, UUID batchId,
                                      Instant now, YearMonth current) {
        // one event per (bill cycle, late) of the customer's new records, in chunks of LINES_PER_EVENT record lines
        // (a 2,000-record batch of one customer would come near Kafka's 1 MB message limit in one event)
        Map<String, List<NewRecord>> groups = new TreeMap<>();
        for (NewRecord row : list) {
            boolean late = lateById.get(row.record().recordId());
            groups.computeIfAbsent(BillCycles.format(row.record().billCycle()) + (late ? "|late" : "|on-time"),
                    k -> new ArrayList<>()).add(row);
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<NewRecord>> group : groups.entrySet()) {
            boolean late = group.getKey().endsWith("|late");
            List<NewRecord> rows = group.getValue();
            for (int from = 0; from < rows.size(); from += LINES_PER_EVENT) {
                List<RatedRecord> chunk = rows.subList(from, Math.min(rows.size(), from + LINES_PER_EVENT)).stream()
                        .map(NewRecord::record).toList();
                NewRecord first = rows.get(from);
                BillingEvents.ConsumptionIngested event = new BillingEvents.ConsumptionIngested(first.partnerId(),
                        first.record().customerId(), first.distributorId(), first.associationType(),
                        batchId.toString(), BillCycles.format(first.record().billCycle()), late,
                        late ? BillCycles.format(current) : null, ConsumptionSummary.byBillType(chunk), now,
                        chunk.stream().map(ConsumptionIngestService::line).toList());
                chain = chain.chain(() -> outbox.append(BillingEvents.CONSUMPTION_INGESTED, first.partnerId(),
                        first.record().customerId(), event)).replaceWithVoid();
            }
        }
        return chain;
    }

    private static BillingEvents.ConsumptionLine line(RatedRecord r) {
        return new BillingEvents.ConsumptionLine(r.recordId(), r.billType(), r.cloudServiceType(), r.consumeTime(),
                r.amount(), r.cashAmount(), r.huaweiCouponAmount(), r.partnerCouponAmount(),
                r.nonCountingCouponAmount(), r.storedValueCardAmount(), r.storedValueCardPurchase());
    }
}
