package com.acmecloud.partnercenter.billing.consumption.repository;

import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.consumption.domain.RatedRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Set-based SQL over {@code consumption_record}: a batch is one multi-row {@code INSERT ... ON CONFLICT DO NOTHING}
 * fed by one JSON parameter ({@code jsonb_to_recordset}), not one ORM insert per record. Runs in the caller's
 * transaction, so the records, the charges and the events commit together.
 */
@ApplicationScoped
public class ConsumptionRecordRepository {

    /** A checked record with the association it is stored under. */
    public record NewRecord(RatedRecord record, String partnerId, String distributorId, int associationType) {
    }

    /** A record the insert stored (not a re-sent one), and whether its period was already closed. */
    public record Inserted(String recordId, boolean late) {
    }

    /**
     * Waits until no period close of these cycles is running and keeps closes of them out until this transaction
     * ends (shared advisory locks, taken in cycle order; a close takes the exclusive one).
     */
    public Uni<Void> holdOpenPeriods(List<YearMonth> cycles) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (YearMonth cycle : cycles.stream().sorted().toList()) {
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                            "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock_shared(hashtext(:key))) l")
                    .setParameter("key", periodLockKey(cycle)).getSingleResult()).replaceWithVoid());
        }
        return chain;
    }

    public static String periodLockKey(YearMonth cycle) {
        return "billing_period:" + BillCycles.format(cycle);
    }

    /**
     * Inserts the records whose id is new; returns those. A record of a closed period is stored as late, an
     * adjustment of {@code currentCycle}.
     */
    public Uni<List<Inserted>> insertNew(List<NewRecord> records, UUID batchId, Instant now, YearMonth currentCycle) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        JsonArray rows = new JsonArray();
        for (NewRecord row : records) {
            RatedRecord r = row.record();
            rows.add(new JsonObject()
                    .put("record_id", r.recordId()).put("customer_id", r.customerId())
                    .put("partner_id", row.partnerId()).put("distributor_id", row.distributorId())
                    .put("association_type", row.associationType())
                    .put("cloud_service_type", r.cloudServiceType()).put("resource_type", r.resourceType())
                    .put("resource_id", r.resourceId()).put("resource_name", r.resourceName())
                    .put("region_code", r.regionCode()).put("charge_mode", r.chargeMode())
                    .put("bill_type", r.billType())
                    .put("official_amount", r.officialAmount().toPlainString())
                    .put("discount_amount", r.discountAmount().toPlainString())
                    .put("amount", r.amount().toPlainString()).put("cash_amount", r.cashAmount().toPlainString())
                    .put("coupon_amount", r.couponAmount().toPlainString())
                    .put("huawei_coupon_amount", r.huaweiCouponAmount().toPlainString())
                    .put("partner_coupon_amount", r.partnerCouponAmount().toPlainString())
                    .put("non_counting_coupon_amount", r.nonCountingCouponAmount().toPlainString())
                    .put("stored_value_card_amount", r.storedValueCardAmount().toPlainString())
                    .put("stored_value_card_purchase", r.storedValueCardPurchase())
                    .put("consume_time", r.consumeTime().toString())
                    .put("bill_cycle", BillCycles.format(r.billCycle())));
        }
        String sql = """
                INSERT INTO consumption_record (record_id, customer_id, partner_id, distributor_id, association_type,
                    cloud_service_type, resource_type, resource_id, resource_name, region_code, charge_mode, bill_type,
                    official_amount, discount_amount, amount, cash_amount, coupon_amount, huawei_coupon_amount,
                    partner_coupon_amount, non_counting_coupon_amount, stored_value_card_amount,
                    stored_value_card_purchase, consume_time, bill_cycle, late, adjustment_cycle, batch_id, ingested_at)
                SELECT r.record_id, r.customer_id, r.partner_id, r.distributor_id, r.association_type,
                    r.cloud_service_type, r.resource_type, r.resource_id, r.resource_name, r.region_code, r.charge_mode,
                    r.bill_type, r.official_amount, r.discount_amount, r.amount, r.cash_amount, r.coupon_amount,
                    r.huawei_coupon_amount, r.partner_coupon_amount, r.non_counting_coupon_amount,
                    r.stored_value_card_amount, r.stored_value_card_purchase, r.consume_time, r.bill_cycle,
                    p.bill_cycle IS NOT NULL, CASE WHEN p.bill_cycle IS NOT NULL THEN CAST(:current AS CHAR(7)) END,
                    CAST(:batch AS UUID), :now
                  FROM jsonb_to_recordset(CAST(CAST(:rows AS TEXT) AS JSONB)) AS r(record_id VARCHAR, customer_id VARCHAR,
                       partner_id VARCHAR, distributor_id VARCHAR, association_type SMALLINT,
                       cloud_service_type VARCHAR, resource_type VARCHAR, resource_id VARCHAR, resource_name VARCHAR,
                       region_code VARCHAR, charge_mode SMALLINT, bill_type SMALLINT, official_amount NUMERIC,
                       discount_amount NUMERIC, amount NUMERIC, cash_amount NUMERIC, coupon_amount NUMERIC,
                       huawei_coupon_amount NUMERIC, partner_coupon_amount NUMERIC,
                       non_counting_coupon_amount NUMERIC, stored_value_card_amount NUMERIC,
                       stored_value_card_purchase BOOLEAN, consume_time TIMESTAMPTZ, bill_cycle CHAR(7))
                  LEFT JOIN billing_period p ON p.bill_cycle = r.bill_cycle
                ON CONFLICT (record_id) DO NOTHING
                RETURNING record_id, late""";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("rows", rows.encode())
                        .setParameter("current", BillCycles.format(currentCycle))
                        .setParameter("batch", batchId)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .getResultList())
                .map(result -> result.stream()
                        .map(row -> new Inserted((String) row[0], (Boolean) row[1]))
                        .toList());
    }

    /** {@link #spentIn}'s statement: it reads the customer's records of the month over consumption_record_customer_cycle. */
    static final String SPENT_IN = """
            SELECT GREATEST(0, COALESCE(SUM(CASE bill_type WHEN 0 THEN amount WHEN 1 THEN -amount ELSE 0 END), 0))
              FROM consumption_record WHERE customer_id = :customer AND bill_cycle = :cycle""";

    /**
     * A customer's rated spending of one bill cycle so far, as budgets count it (rule 13): consumption less what
     * unsubscriptions gave back, never below zero.
     */
    public Uni<BigDecimal> spentIn(String customerId, YearMonth cycle) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SPENT_IN, BigDecimal.class)
                .setParameter("customer", customerId)
                .setParameter("cycle", BillCycles.format(cycle))
                .getSingleResult())
                .map(total -> total.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Records the part of each record's cash that became debt (only records with some). */
    public Uni<Void> recordDebts(Map<String, BigDecimal> debtByRecord) {
        if (debtByRecord.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        JsonArray rows = new JsonArray();
        debtByRecord.forEach((id, debt) -> rows.add(new JsonObject().put("record_id", id)
                .put("debt_amount", debt.toPlainString())));
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE consumption_record c SET debt_amount = d.debt_amount
                          FROM jsonb_to_recordset(CAST(CAST(:rows AS TEXT) AS JSONB)) AS d(record_id VARCHAR, debt_amount NUMERIC)
                         WHERE c.record_id = d.record_id""")
                .setParameter("rows", rows.encode()).executeUpdate()).replaceWithVoid();
    }

    /** The row of one charge: which ledger transactions a batch's records of one customer posted. */
    public Uni<Void> insertCharge(UUID chargeId, UUID batchId, String customerId, String partnerId,
                                  BigDecimal consumedCash, BigDecimal refundedCash, BigDecimal debtAdded,
                                  BigDecimal debtAfter, BigDecimal balanceAfter, String deductTransId,
                                  String refundTransId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO consumption_charge (charge_id, batch_id, customer_id, partner_id, consumed_cash,
                            refunded_cash, debt_added, debt_after, balance_after, deduct_trans_id, refund_trans_id,
                            charged_at)
                        VALUES (:charge, :batch, :customer, :partner, :consumed,
                            :refunded, :debtAdded, :debtAfter, :balanceAfter, :deduct, :refund, :now)""")
                .setParameter("charge", chargeId)
                .setParameter("batch", batchId)
                .setParameter("customer", customerId).setParameter("partner", partnerId)
                .setParameter("consumed", consumedCash).setParameter("refunded", refundedCash)
                .setParameter("debtAdded", debtAdded).setParameter("debtAfter", debtAfter)
                .setParameter("balanceAfter", balanceAfter).setParameter("deduct", deductTransId)
                .setParameter("refund", refundTransId).setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** Resale customers (customer id, partner id) that owe debt and have an allocated balance to pay it from. */
    public Uni<List<String[]>> debtorsWithBalance(int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT d.owner_id, d.partner_id FROM account d
                          JOIN account b ON b.owner_type = 'CUSTOMER' AND b.owner_id = d.owner_id
                                        AND b.partner_id = d.partner_id AND b.kind = 'ALLOCATED_BALANCE'
                         WHERE d.owner_type = 'CUSTOMER' AND d.kind = 'DEBT' AND d.balance > 0 AND b.balance > 0
                         ORDER BY d.owner_id LIMIT :limit""", Object[].class)
                .setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(row -> new String[] {(String) row[0], (String) row[1]}).toList());
    }
}
