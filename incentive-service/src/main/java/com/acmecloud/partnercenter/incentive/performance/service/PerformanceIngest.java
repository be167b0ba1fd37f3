package com.acmecloud.partnercenter.incentive.performance.service;

import com.acmecloud.partnercenter.incentive.associations.domain.AssociationPeriod;
import com.acmecloud.partnercenter.incentive.associations.repository.AssociationPeriodRepository;
import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceEntry;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules.Counted;
import com.acmecloud.partnercenter.incentive.performance.repository.PerformanceEntryRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents.ConsumptionIngested;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents.ConsumptionLine;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents.ConsumptionSums;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns {@code billing.consumption_ingested} into performance entries (rule 56), one per consumption record, each
 * attributed to the partner the customer was associated with at the record's consume time, in the mode it had then
 * (a customer that switched mid-month is split by time). Entries are keyed by record id, so a redelivered or re-sent
 * record changes nothing. A record of a month billing had already closed ({@code late}) is booked into the open month
 * it arrived in, as an adjustment line. Events without record lines (older producers) are booked from their sums, to
 * the partner billing named at ingest time. Runs inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class PerformanceIngest {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final AssociationPeriodRepository associations;
    private final PerformanceEntryRepository entries;

    PerformanceIngest(AssociationPeriodRepository associations, PerformanceEntryRepository entries) {
        this.associations = associations;
        this.entries = entries;
    }

    /** @return how many records were new */
    public Uni<Integer> ingest(UUID eventId, ConsumptionIngested event) {
        String customerId = required(event.customerId(), "customer_id", 64);
        String batchId = required(event.batchId(), "batch_id", 64);
        YearMonth cycle = Months.parse(event.billCycle())
                .orElseThrow(() -> new UndecodableEventException("bill_cycle is not YYYY-MM"));
        Instant ingestedAt = event.ingestedAt() == null ? Instant.EPOCH : event.ingestedAt();
        String booked = booked(event, cycle, ingestedAt);
        if (event.records() == null) {
            return entries.insertNew(fromSums(eventId, event, customerId, batchId, cycle, booked, ingestedAt));
        }
        if (event.records().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return associations.history(customerId).chain(history -> {
            if (history.isEmpty()) {
                return Uni.createFrom().failure(new AssociationHistoryPending(customerId));
            }
            List<PerformanceEntry> rows = new ArrayList<>();
            for (ConsumptionLine line : event.records()) {
                rows.add(fromLine(eventId, line, history, customerId, batchId, cycle, booked, ingestedAt));
            }
            return entries.insertNew(rows);
        });
    }

    /** The record's own month while billing has it open; once billing closed it, the month the record arrived in. */
    private static String booked(ConsumptionIngested event, YearMonth cycle, Instant ingestedAt) {
        if (!event.late()) {
            return Months.format(cycle);
        }
        return Months.parse(event.adjustmentCycle()).map(Months::format)
                .orElseGet(() -> Months.format(Months.of(ingestedAt)));
    }

    private static PerformanceEntry fromLine(UUID eventId, ConsumptionLine line, List<AssociationPeriod> history,
                                             String customerId, String batchId, YearMonth cycle, String booked,
                                             Instant ingestedAt) {
        if (line == null || line.consumeTime() == null) {
            throw new UndecodableEventException("a record line without its consume_time");
        }
        BigDecimal cash = money(line.cashAmount(), "cash_amount");
        BigDecimal card = money(line.storedValueCardAmount(), "stored_value_card_amount");
        BigDecimal huawei = money(line.huaweiCouponAmount(), "huawei_coupon_amount");
        BigDecimal partner = money(line.partnerCouponAmount(), "partner_coupon_amount");
        AssociationPeriod slice = history.stream().filter(p -> p.covers(line.consumeTime())).findFirst().orElse(null);
        BigDecimal purchase = line.storedValueCardPurchase() ? cash.add(card) : ZERO;
        Counted counted = PerformanceRules.count(line.billType(), cash, card, purchase, slice != null);
        PerformanceEntry entry = new PerformanceEntry();
        entry.recordId = required(line.recordId(), "record_id", 64);
        entry.sourceEventId = eventId;
        entry.batchId = batchId;
        entry.customerId = customerId;
        entry.partnerId = slice == null ? null : slice.partnerId;
        entry.distributorId = slice == null ? null : slice.distributorId;
        entry.associationType = slice == null ? null : slice.associationType;
        entry.attribution = PerformanceEntry.BY_CONSUME_TIME;
        entry.serviceTypeCode = line.cloudServiceType() == null || line.cloudServiceType().length() > 64
                ? null : line.cloudServiceType();
        entry.billType = billType(line.billType());
        entry.consumeTime = line.consumeTime();
        entry.billCycle = Months.format(cycle);
        entry.bookedPeriod = booked;
        entry.adjustment = !booked.equals(entry.billCycle);
        entry.amount = money(line.amount(), "amount");
        entry.cashAmount = cash;
        entry.storedValueCardAmount = card;
        entry.couponAmount = huawei.add(partner);
        entry.nonCountingCouponAmount = money(line.nonCountingCouponAmount(), "non_counting_coupon_amount");
        entry.storedValueCardPurchaseAmount = line.storedValueCardPurchase() ? entry.amount : ZERO;
        entry.countedAmount = counted.amount();
        entry.exclusion = counted.exclusion() == null ? null : counted.exclusion().name();
        entry.ingestedAt = ingestedAt;
        return entry;
    }

    /** One entry per bill type of the sums, keyed by batch, customer, cycle, lateness and bill type. */
    private static List<PerformanceEntry> fromSums(UUID eventId, ConsumptionIngested event, String customerId,
                                                   String batchId, YearMonth cycle, String booked,
                                                   Instant ingestedAt) {
        String partnerId = required(event.partnerId(), "partner_id", 64);
        List<PerformanceEntry> rows = new ArrayList<>();
        for (ConsumptionSums sums : event.byBillType() == null ? List.<ConsumptionSums>of() : event.byBillType()) {
            BigDecimal cash = money(sums.cashAmount(), "cash_amount");
            BigDecimal card = money(sums.storedValueCardAmount(), "stored_value_card_amount");
            BigDecimal purchase = money(sums.storedValueCardPurchaseAmount(), "stored_value_card_purchase_amount");
            Counted counted = PerformanceRules.count(sums.billType(), cash, card, purchase, true);
            PerformanceEntry entry = new PerformanceEntry();
            entry.recordId = String.join(":", "sums", batchId, customerId, Months.format(cycle),
                    event.late() ? "late" : "on-time", Integer.toString(sums.billType()));
            entry.sourceEventId = eventId;
            entry.batchId = batchId;
            entry.customerId = customerId;
            entry.partnerId = partnerId;
            entry.distributorId = event.distributorId();
            entry.associationType = event.associationType();
            entry.attribution = PerformanceEntry.BY_INGEST_TIME;
            entry.billType = billType(sums.billType());
            entry.billCycle = Months.format(cycle);
            entry.bookedPeriod = booked;
            entry.adjustment = !booked.equals(entry.billCycle);
            entry.amount = money(sums.amount(), "amount");
            entry.cashAmount = cash;
            entry.storedValueCardAmount = card;
            entry.couponAmount = money(sums.couponAmount(), "coupon_amount");
            entry.nonCountingCouponAmount = money(sums.nonCountingCouponAmount(), "non_counting_coupon_amount");
            entry.storedValueCardPurchaseAmount = purchase;
            entry.countedAmount = counted.amount();
            entry.exclusion = counted.exclusion() == null ? null : counted.exclusion().name();
            entry.ingestedAt = ingestedAt;
            rows.add(entry);
        }
        return rows;
    }

    private static int billType(int billType) {
        if (billType < PerformanceRules.CONSUME || billType > PerformanceRules.WRITE_OFF) {
            throw new UndecodableEventException("unknown bill type " + billType);
        }
        return billType;
    }

    private static BigDecimal money(BigDecimal value, String field) {
        if (value == null) {
            return ZERO;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 16) {
            throw new UndecodableEventException(field + " must be >= 0 with at most 2 decimals and 16 digits");
        }
        return value.setScale(2);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new UndecodableEventException("event without a valid " + field);
        }
        return value;
    }
}
