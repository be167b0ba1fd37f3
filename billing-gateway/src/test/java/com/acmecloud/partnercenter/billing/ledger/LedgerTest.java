package com.acmecloud.partnercenter.billing.ledger;

import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.LedgerEntry;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ledger other features post to: double entry, balances in step with entries, append-only, and no balance below
 * zero (rules 34–36), refused by the service and again by the database.
 */
@QuarkusTest
class LedgerTest {

    @Inject
    Ledger ledger;

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    Posting recharge(String partner, String amount) {
        return Tx.call(() -> ledger.post(Movement.builder(TradeType.RECHARGE, partner, yuan(amount))
                .actor("operator-1")
                .transfer(AccountRef.platform(AccountKind.FUNDING_CASH), AccountRef.partner(partner, AccountKind.CASH))
                .build()));
    }

    Posting allocate(String partner, String customer, String amount) {
        return Tx.call(() -> ledger.post(Movement.builder(TradeType.BEADJUST, partner, yuan(amount))
                .customer(customer).actor("user-" + partner)
                .transfer(AccountRef.partner(partner, AccountKind.ALLOCATED),
                        AccountRef.customer(customer, partner, AccountKind.ALLOCATED_BALANCE))
                .build()));
    }

    Map<AccountRef, BigDecimal> balances(AccountRef... refs) {
        return Tx.call(() -> ledger.balances(Set.of(refs)));
    }

    @Test
    void aRechargeAndAnAllocationAreBalancedEntriesWithBeforeAndAfter() {
        String partner = Tokens.newPartnerId();
        String customer = newCustomerId();

        Posting recharge = recharge(partner, "100.00");
        assertThat(recharge.transId()).startsWith("RC").hasSize(26);
        assertThat(recharge.allocatableAfter(partner)).isEqualByComparingTo("100.00");

        Posting allocation = allocate(partner, customer, "30.50");
        assertThat(allocation.transId()).startsWith("AD");
        assertThat(allocation.entries()).hasSize(2);
        assertThat(allocation.entries().stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
        LedgerEntry toCustomer = allocation.entries().get(1);
        assertThat(toCustomer.balanceBefore).isEqualByComparingTo("0.00");
        assertThat(toCustomer.balanceAfter).isEqualByComparingTo("30.50");
        // rule 34: balance + credit - allocated
        assertThat(allocation.allocatableAfter(partner)).isEqualByComparingTo("69.50");
        assertThat(balances(AccountRef.partner(partner, AccountKind.CASH)).values()).containsExactly(yuan("100.00"));

        LedgerInvariants.assertBalancesEqualEntries();
        LedgerInvariants.assertNoNegativeBalance();
    }

    @Test
    void aMovementBeyondTheAllocatableAmountIsRefusedAndChangesNothing() {
        String partner = Tokens.newPartnerId();
        String customer = newCustomerId();
        recharge(partner, "10.00");

        // rule 35: at most the allocatable amount
        assertThatThrownBy(() -> allocate(partner, customer, "10.01"))
                .isInstanceOf(CbcException.class).hasMessageContaining("Insufficient balance");
        allocate(partner, customer, "10.00");
        // rule 36: a reclaim takes at most the customer's remaining allocation
        assertThatThrownBy(() -> Tx.call(() -> ledger.post(Movement.builder(TradeType.BERETRIEVE, partner,
                        yuan("10.01")).customer(customer)
                .transfer(AccountRef.customer(customer, partner, AccountKind.ALLOCATED_BALANCE),
                        AccountRef.partner(partner, AccountKind.ALLOCATED)).build())))
                .isInstanceOf(CbcException.class);

        assertThat(balances(AccountRef.customer(customer, partner, AccountKind.ALLOCATED_BALANCE)).values())
                .containsExactly(yuan("10.00"));
        Number transactions = Tx.call(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT COUNT(*) FROM ledger_transaction WHERE partner_id = :p").setParameter("p", partner)
                .getSingleResult().map(Number.class::cast)));
        assertThat(transactions.intValue()).isEqualTo(2);
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void legsThatDoNotAddUpToZeroAreNoMovement() {
        assertThatThrownBy(() -> Movement.builder(TradeType.ADJUST, "p", yuan("1.00"))
                .leg(AccountRef.platform(AccountKind.FUNDING_CASH), yuan("-1.00"))
                .leg(AccountRef.partner("p", AccountKind.CASH), yuan("0.99")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.builder(TradeType.ADJUST, "p", yuan("1.001"))
                .transfer(AccountRef.platform(AccountKind.FUNDING_CASH), AccountRef.partner("p", AccountKind.CASH))
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.builder(TradeType.ADJUST, "p", yuan("-1.00"))
                .transfer(AccountRef.platform(AccountKind.FUNDING_CASH), AccountRef.partner("p", AccountKind.CASH))
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveLedgerRows() {
        String partner = Tokens.newPartnerId();
        String transId = recharge(partner, "5.00").transId();

        for (String sql : List.of(
                "UPDATE ledger_entry SET amount = amount * 2 WHERE trans_id = '" + transId + "'",
                "DELETE FROM ledger_entry WHERE trans_id = '" + transId + "'",
                "UPDATE ledger_transaction SET amount = 1 WHERE trans_id = '" + transId + "'",
                "DELETE FROM ledger_transaction WHERE trans_id = '" + transId + "'")) {
            assertThatThrownBy(() -> Tx.call(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(sql).executeUpdate())))
                    .as(sql).hasMessageContaining("append-only");
        }
    }

    @Test
    void theDatabaseRefusesUnbalancedEntriesAndNegativeBalancesAtCommit() {
        String partner = Tokens.newPartnerId();
        String transId = recharge(partner, "5.00").transId();

        // a lone entry: the transaction no longer adds up to zero
        assertThatThrownBy(() -> Tx.call(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                INSERT INTO ledger_entry (trans_id, account_id, amount, balance_before, balance_after, created_at)
                SELECT :t, account_id, 1.00, balance, balance + 1.00, now() FROM account
                 WHERE owner_id = :p AND kind = 'CASH'""").setParameter("t", transId).setParameter("p", partner)
                .executeUpdate()))).hasMessageContaining("not balanced");
        // a balance below zero, or an allocatable amount below zero, even when written by hand
        assertThatThrownBy(() -> Tx.call(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE account SET balance = -1 WHERE owner_id = :p AND kind = 'CASH'")
                .setParameter("p", partner).executeUpdate()))).hasMessageContaining("account_balance_sign");
        assertThatThrownBy(() -> Tx.call(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE account SET balance = -6 WHERE owner_id = :p AND kind = 'ALLOCATED'")
                .setParameter("p", partner).executeUpdate()))).hasMessageContaining("allocatable");
        LedgerInvariants.assertBalancesEqualEntries();
    }
}
