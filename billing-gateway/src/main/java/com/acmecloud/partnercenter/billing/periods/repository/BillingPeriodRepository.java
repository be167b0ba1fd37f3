package com.acmecloud.partnercenter.billing.periods.repository;

import static com.acmecloud.partnercenter.billing.consumption.repository.SqlValues.instant;
import static com.acmecloud.partnercenter.billing.consumption.repository.SqlValues.money;

import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository;
import com.acmecloud.partnercenter.billing.periods.domain.ClosedPeriod;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;

/** {@code billing_period}: one row per closed month, inserted once. */
@ApplicationScoped
public class BillingPeriodRepository {

    private static final String COLUMNS = "bill_cycle, data_complete_through, closed_at, closed_by, record_count, "
            + "customer_count, partner_count, amount, cash_amount, coupon_amount, stored_value_card_amount, debt_amount";

    /** Waits for the ingests of the cycle in flight and keeps new ones out until this transaction ends. */
    public Uni<Void> lockExclusive(YearMonth cycle) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) l")
                .setParameter("key", ConsumptionRecordRepository.periodLockKey(cycle)).getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Closes the cycle with the totals of its records, unless it is closed already: the row (and so the caller's
     * event) exists once, whichever replica gets here first. Returns the new row, or null if it was closed before.
     */
    public Uni<ClosedPeriod> insertClosed(YearMonth cycle, Instant dataCompleteThrough, Instant now, String actor) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO billing_period (%s)
                        SELECT CAST(:cycle AS CHAR(7)), :through, :now,
                               :actor, COUNT(*), COUNT(DISTINCT customer_id), COUNT(DISTINCT partner_id),
                               COALESCE(SUM(amount), 0), COALESCE(SUM(cash_amount), 0), COALESCE(SUM(coupon_amount), 0),
                               COALESCE(SUM(stored_value_card_amount), 0), COALESCE(SUM(debt_amount), 0)
                          FROM consumption_record WHERE bill_cycle = :cycle AND NOT late
                        ON CONFLICT (bill_cycle) DO NOTHING
                        RETURNING %s""".formatted(COLUMNS, COLUMNS), Object[].class)
                        .setParameter("cycle", BillCycles.format(cycle))
                        .setParameter("through", OffsetDateTime.ofInstant(dataCompleteThrough, ZoneOffset.UTC))
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("actor", actor)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : map(rows.get(0)));
    }

    public Uni<ClosedPeriod> find(YearMonth cycle) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT " + COLUMNS + " FROM billing_period WHERE bill_cycle = :cycle", Object[].class)
                        .setParameter("cycle", BillCycles.format(cycle)).getResultList())
                .map(rows -> rows.isEmpty() ? null : map(rows.get(0)));
    }

    private static ClosedPeriod map(Object[] row) {
        return new ClosedPeriod(BillCycles.parse(row[0].toString().trim()).orElseThrow(), instant(row[1]),
                instant(row[2]), (String) row[3], ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), money(row[7]), money(row[8]), money(row[9]), money(row[10]),
                money(row[11]));
    }
}
