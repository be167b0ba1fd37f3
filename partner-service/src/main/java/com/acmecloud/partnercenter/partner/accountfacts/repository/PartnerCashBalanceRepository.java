package com.acmecloud.partnercenter.partner.accountfacts.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The {@code partner_cash_balance} projection of billing's facts. */
@ApplicationScoped
public class PartnerCashBalanceRepository {

    /** Records the partner's cash balance unless a newer fact is already there. */
    public Uni<Void> put(String partnerId, BigDecimal cashBalance, String transId, Instant changedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO partner_cash_balance (partner_id, cash_balance, trans_id, changed_at)
                        VALUES (:partner, :cash, :trans, :at)
                        ON CONFLICT (partner_id) DO UPDATE
                            SET cash_balance = EXCLUDED.cash_balance, trans_id = EXCLUDED.trans_id,
                                changed_at = EXCLUDED.changed_at
                            WHERE partner_cash_balance.changed_at <= EXCLUDED.changed_at""")
                .setParameter("partner", partnerId)
                .setParameter("cash", cashBalance)
                .setParameter("trans", transId)
                .setParameter("at", OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** The last cash balance billing reported, zero when it reported none. */
    public Uni<BigDecimal> cashBalance(String partnerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT COALESCE(MAX(cash_balance), 0) FROM partner_cash_balance WHERE partner_id = :partner""")
                .setParameter("partner", partnerId)
                .getSingleResult()).map(value -> new BigDecimal(value.toString()).setScale(2));
    }
}
