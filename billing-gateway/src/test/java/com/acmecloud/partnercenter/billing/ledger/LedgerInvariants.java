package com.acmecloud.partnercenter.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.math.BigDecimal;
import java.util.List;

/** The ledger's global invariants, read straight from the database: what every money test ends by checking. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /** Every account's balance equals the sum of its entries (view ledger_balance_mismatch is empty). */
    public static void assertBalancesEqualEntries() {
        List<?> mismatches = Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT account_id FROM ledger_balance_mismatch").getResultList()));
        assertThat(mismatches).as("accounts whose balance differs from the sum of their entries").isEmpty();
    }

    /** No partner or customer balance below zero, no contra account above it, no allocatable amount below zero. */
    public static void assertNoNegativeBalance() {
        Number negative = Tx.call(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT COUNT(*) FROM account WHERE owner_type <> 'PLATFORM'
                   AND ((kind IN ('ALLOCATED', 'DESIGNATED') AND balance > 0)
                     OR (kind NOT IN ('ALLOCATED', 'DESIGNATED') AND balance < 0))""").getSingleResult()
                .map(Number.class::cast)));
        assertThat(negative.longValue()).as("accounts with a balance of the wrong sign").isZero();
        Number negativeAllocatable = Tx.call(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT COUNT(*) FROM (SELECT owner_id FROM account WHERE owner_type = 'PARTNER'
                   AND kind IN ('CASH', 'CREDIT', 'ALLOCATED', 'DESIGNATED') GROUP BY owner_id
                   HAVING SUM(balance) < 0) p""").getSingleResult().map(Number.class::cast)));
        assertThat(negativeAllocatable.longValue()).as("partners with a negative allocatable amount").isZero();
    }

    /** All money in the suite: every account's balance added up (0, since every transaction's entries add up to 0). */
    public static BigDecimal totalOfAllBalances() {
        return Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT COALESCE(SUM(balance), 0) FROM account").getSingleResult()
                .map(value -> new BigDecimal(value.toString()))));
    }
}
