package com.acmecloud.partnercenter.billing.consumption.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budgets read a customer's spending of the month after every charge of an ingest; that read must go to the
 * customer's own records over (customer_id, bill_cycle), not over the month's records of every customer (ingest slowed
 * as the month filled: docs/benchmarks.md). Sequential scans are switched off for the plan: the test table is small.
 */
@QuarkusTest
class SpentInIndexTest {

    @Test
    void aCustomersSpendingOfAMonthIsReadOverTheCustomerAndMonthIndex() {
        List<String> plan = Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate()
                .chain(() -> session.createNativeQuery("EXPLAIN " + ConsumptionRecordRepository.SPENT_IN, String.class)
                        .setParameter("customer", "c0ffee0000000000000000000000beef")
                        .setParameter("cycle", "2026-11")
                        .getResultList())));

        // which of the usable indexes the planner picks depends on the statistics the other tests left (on a
        // nearly empty table it may take the month's own index); the index that read the whole month of every
        // customer must never be it, and the customer's index must be there to take
        assertThat(String.join("\n", plan))
                .contains("Index")
                .doesNotContain("consumption_record_partner_cycle");
        String definition = Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'consumption_record_customer_cycle'",
                        String.class).getSingleResult()));
        assertThat(definition).contains("(customer_id, bill_cycle)");
    }
}
