package com.acmecloud.partnercenter.customer.accountfacts.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tables of the accountfacts projection ({@code customer_debt}, {@code customer_cash_spending}). */
@ApplicationScoped
public class AccountFactsRepository {

    /** Records the customer's debt on the partner's book unless a newer fact is already there. */
    public Uni<Void> putDebt(String customerId, String partnerId, BigDecimal debt, String transId, Instant changedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_debt (customer_id, partner_id, debt_amount, trans_id, changed_at)
                        VALUES (:customer, :partner, :debt, :trans, :at)
                        ON CONFLICT (customer_id, partner_id) DO UPDATE
                            SET debt_amount = EXCLUDED.debt_amount, trans_id = EXCLUDED.trans_id,
                                changed_at = EXCLUDED.changed_at
                            WHERE customer_debt.changed_at <= EXCLUDED.changed_at""")
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .setParameter("debt", debt)
                .setParameter("trans", transId)
                .setParameter("at", utc(changedAt))
                .executeUpdate()).replaceWithVoid();
    }

    /** The first cash spending seen is kept; later ones change nothing. */
    public Uni<Void> markCashSpending(String customerId, UUID eventId, Instant seenAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_cash_spending (customer_id, first_seen_at, first_event_id)
                        VALUES (:customer, :at, :event)
                        ON CONFLICT (customer_id) DO NOTHING""")
                .setParameter("customer", customerId)
                .setParameter("at", utc(seenAt))
                .setParameter("event", eventId)
                .executeUpdate()).replaceWithVoid();
    }

    /** The partners on whose books the customer has debt now. */
    public Uni<Set<String>> partnersOwed(String customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT partner_id FROM customer_debt WHERE customer_id = :customer AND debt_amount > 0""",
                        String.class)
                .setParameter("customer", customerId)
                .getResultList()).map(rows -> rows.stream().collect(Collectors.toUnmodifiableSet()));
    }

    public Uni<Boolean> hasCashSpending(String customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT COUNT(*) FROM customer_cash_spending WHERE customer_id = :customer""")
                .setParameter("customer", customerId)
                .getSingleResult()).map(count -> ((Number) count).longValue() > 0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
