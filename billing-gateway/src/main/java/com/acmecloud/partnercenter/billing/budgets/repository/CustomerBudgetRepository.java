package com.acmecloud.partnercenter.billing.budgets.repository;

import com.acmecloud.partnercenter.billing.budgets.domain.CustomerBudget;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CustomerBudgetRepository implements PanacheRepositoryBase<CustomerBudget, String> {

    /**
     * The customer's row locked until the transaction ends, created (no budget, for {@code partnerId}) when there is
     * none. Budget changes, spending reports and associations of one customer queue on this lock.
     */
    public Uni<CustomerBudget> forUpdate(String customerId, String partnerId, String month, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO customer_budget (customer_id, partner_id, package_start, updated_at)
                                VALUES (:id, :partner, :month, :now) ON CONFLICT (customer_id) DO NOTHING""")
                        .setParameter("id", customerId)
                        .setParameter("partner", partnerId)
                        .setParameter("month", month)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> lock(customerId))
                .invoke(row -> row.updatedAt = now);
    }

    /** The customer's row locked until the transaction ends, or null when billing tracks no budget for it. */
    public Uni<CustomerBudget> lock(String customerId) {
        return findById(customerId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The budgets the partner set for these customers (customers without one, or another partner's, are left out). */
    public Uni<List<CustomerBudget>> setByPartner(String partnerId, Collection<String> customerIds) {
        return list("partnerId = ?1 and customerId in ?2 and budgetAmount is not null order by customerId",
                partnerId, customerIds);
    }

    /** Records the customer's spending of a month as last reported (an absolute total, so a repeat changes nothing). */
    public Uni<Void> recordSpending(String customerId, String month, BigDecimal amount, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_budget_spending (customer_id, period, amount, updated_at)
                        VALUES (:id, :period, :amount, :now)
                        ON CONFLICT (customer_id, period) DO UPDATE SET amount = EXCLUDED.amount,
                                                                       updated_at = EXCLUDED.updated_at""")
                .setParameter("id", customerId)
                .setParameter("period", month)
                .setParameter("amount", amount)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** Spending of the months from {@code fromMonth} to {@code toMonth} (YYYY-MM, inclusive). */
    public Uni<BigDecimal> spending(String customerId, String fromMonth, String toMonth) {
        return getSession().chain(session -> session.createNativeQuery("""
                        SELECT COALESCE(SUM(amount), 0) FROM customer_budget_spending
                         WHERE customer_id = :id AND period >= :from AND period <= :to""")
                .setParameter("id", customerId)
                .setParameter("from", fromMonth)
                .setParameter("to", toMonth)
                .getSingleResult()
                .map(value -> new BigDecimal(value.toString()).setScale(2)));
    }

    /** Claims the announcement of a threshold in a budget period; false when it was already announced. */
    public Uni<Boolean> claimAlert(String customerId, String budgetPeriod, int threshold, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_budget_alert (customer_id, budget_period, threshold, reached_at)
                        VALUES (:id, :period, :threshold, :now) ON CONFLICT DO NOTHING""")
                .setParameter("id", customerId)
                .setParameter("period", budgetPeriod)
                .setParameter("threshold", threshold)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()
                .map(inserted -> inserted > 0));
    }
}
