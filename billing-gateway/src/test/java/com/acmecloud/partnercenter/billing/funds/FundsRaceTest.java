package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.allocate;
import static com.acmecloud.partnercenter.billing.FundsTestApi.balance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.customerBalance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.billing.FundsTestApi.reclaim;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent allocations and reclaims over the same accounts serialise on the ledger's row locks: every request either
 * moves its money or is refused for insufficient funds (never CBC.99007461, never a 500), no balance goes below zero,
 * balances equal the sums of their entries, and the money in the partner's world is conserved to the cent.
 */
@QuarkusTest
class FundsRaceTest {

    @Test
    void parallelAllocationsAndReclaimsConserveMoney() throws Exception {
        String partner = registeredPartner();
        List<String> customers = List.of(associatedCustomer(partner, 2), associatedCustomer(partner, 2),
                associatedCustomer(partner, 2));
        recharge(partner, "100.00");
        BigDecimal totalBefore = LedgerInvariants.totalOfAllBalances();

        // 20 allocations of 7.00 (140.00 asked, 100.00 available) and 10 reclaims of 3.00, at once
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String customer = customers.get(i % customers.size());
            calls.add(() -> allocate(partner, customer, 7).extract().statusCode());
        }
        for (int i = 0; i < 10; i++) {
            String customer = customers.get(i % customers.size());
            calls.add(() -> reclaim(partner, customer, 3).extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as("only successes and CBC.99005003 refusals").containsOnly(200, 400);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("some movements succeeded").isPositive();

        BigDecimal allocated = customers.stream().map(c -> customerBalance(partner, c))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allocatable = balance(partner, 8);
        // conserved: what the partner can still allocate plus what its customers hold is what it was given
        assertThat(allocatable.add(allocated)).isEqualByComparingTo("100.00");
        assertThat(allocatable.signum()).isNotNegative();
        assertThat(LedgerInvariants.totalOfAllBalances()).isEqualByComparingTo(totalBefore);
        LedgerInvariants.assertNoNegativeBalance();
        LedgerInvariants.assertBalancesEqualEntries();
    }
}
