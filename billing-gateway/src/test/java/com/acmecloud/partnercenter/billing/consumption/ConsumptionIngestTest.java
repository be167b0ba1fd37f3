package com.acmecloud.partnercenter.billing.consumption;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.allocatable;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.allocatedBalance;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.currentCycle;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.consumeTime;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.debt;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.fund;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.ingest;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.newRecordId;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.billing.consumption.service.ArrearsSettlementJob;
import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The rating system's bulk ingest: idempotent by record id, per-record errors, and what it charges (rule 34). */
@QuarkusTest
class ConsumptionIngestTest {

    @Inject
    ArrearsSettlementJob settlement;

    static long ledgerTransactionsOf(String customerId) {
        return Tx.call(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT COUNT(*) FROM ledger_transaction WHERE customer_id = :c AND trade_type = 'DEDEUCT'")
                .setParameter("c", customerId).getSingleResult().map(n -> ((Number) n).longValue())));
    }

    static long recordsOf(String customerId) {
        return Tx.call(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT COUNT(*) FROM consumption_record WHERE customer_id = :c")
                .setParameter("c", customerId).getSingleResult().map(n -> ((Number) n).longValue())));
    }

    static List<ConsumerRecord<String, String>> events(TopicReader reader, String partnerId, String type, int count) {
        return reader.await(r -> partnerId.equals(r.key()) && r.value().contains("\"" + type), count,
                Duration.ofSeconds(30));
    }

    static JsonPath data(ConsumerRecord<String, String> event) {
        return JsonPath.from(event.value()).setRootPath("data");
    }

    @Test
    void aResentRecordIsADuplicateAndChargesOnce() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        fund(partner, customer, "100.00");
        YearMonth cycle = currentCycle();
        List<Map<String, Object>> batch = List.of(record(newRecordId(), customer, cycle, "10.00"),
                record(newRecordId(), customer, cycle, "2.50"));

        ingest(batch).then().statusCode(200).body("accepted_count", equalTo(2)).body("received_count", equalTo(2))
                .body("duplicate_record_ids", empty()).body("error_details", empty());
        ingest(batch).then().statusCode(200).body("accepted_count", equalTo(0))
                .body("duplicate_record_ids", hasSize(2)).body("error_details", empty());

        assertThat(recordsOf(customer)).isEqualTo(2);
        assertThat(ledgerTransactionsOf(customer)).isEqualTo(1);
        assertThat(allocatedBalance(customer, partner)).isEqualByComparingTo("87.50");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void badRecordsAreListedAndTheOthersStored() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        YearMonth cycle = currentCycle();
        String good = newRecordId();
        Map<String, Object> badMode = record(newRecordId(), customer, cycle, "1.00");
        badMode.put("charge_mode", 2);
        Map<String, Object> badSplit = record(newRecordId(), customer, cycle, "1.00");
        badSplit.put("coupon_amount", new BigDecimal("0.50"));
        Map<String, Object> unknownCustomer = record(newRecordId(), newCustomerId(), cycle, "1.00");
        Map<String, Object> wrongCycle = record(newRecordId(), customer, cycle, "1.00");
        wrongCycle.put("bill_cycle", cycle.minusMonths(1).toString());
        Map<String, Object> threeDecimals = record(newRecordId(), customer, cycle, "1.00");
        threeDecimals.put("cash_amount", new BigDecimal("1.005"));
        Map<String, Object> noId = record(newRecordId(), customer, cycle, "1.00");
        noId.remove("record_id");

        JsonPath answer = ingest(List.of(record(good, customer, cycle, "3.00"), badMode, badSplit, unknownCustomer,
                wrongCycle, threeDecimals, noId)).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getInt("accepted_count")).isEqualTo(1);
        Map<String, String> codes = new java.util.HashMap<>();
        answer.getList("error_details", Map.class).forEach(d -> codes.put(String.valueOf(d.get("id")),
                (String) d.get("error_code")));
        assertThat(codes).containsEntry((String) badMode.get("record_id"), "CBC.0101")
                .containsEntry((String) badSplit.get("record_id"), "CBC.91006202")
                .containsEntry((String) unknownCustomer.get("record_id"), "CBC.91006201")
                .containsEntry((String) wrongCycle.get("record_id"), "CBC.0101")
                .containsEntry((String) threeDecimals.get("record_id"), "CBC.0101")
                .containsEntry("null", "CBC.0101")
                .hasSize(6);
        assertThat(recordsOf(customer)).isEqualTo(1);
    }

    @Test
    void aBatchOverTheMaximumIsRefusedWhole() {
        String customer = newCustomerId();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            batch.add(Map.of("record_id", "r" + i, "customer_id", customer));
        }
        CbcAssertions.assertCbcError("2,001 records", ingest(batch), 400, "CBC.91006200");
        CbcAssertions.assertCbcError("no records", ingest(List.of()), 400, "CBC.0101");
    }

    @Test
    void onlyOperatorsIngest() {
        String partner = registeredPartner();
        given().header("X-Auth-Token", Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("records", List.of())).post(ConsumptionTestApi.INGEST).then().statusCode(403);
    }

    @Test
    void resaleSpendingIsDeductedFromTheAllocationAndWhatItCannotCoverBecomesDebt() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        fund(partner, customer, "10.00");
        BigDecimal allocatableBefore = allocatable(partner);
        YearMonth cycle = currentCycle();

        try (TopicReader reader = new TopicReader(BillingEvents.TOPIC)) {
            ingest(List.of(record(newRecordId(), customer, cycle, "7.00"))).then().statusCode(200);
            assertThat(allocatedBalance(customer, partner)).isEqualByComparingTo("3.00");
            assertThat(debt(customer, partner)).isEqualByComparingTo("0.00");

            String short1 = newRecordId();
            ingest(List.of(record(short1, customer, cycle, "5.00"))).then().statusCode(200);
            assertThat(allocatedBalance(customer, partner)).isEqualByComparingTo("0.00");
            assertThat(debt(customer, partner)).isEqualByComparingTo("2.00");
            // rule 34: the partner's balance does not fall again when its customer spends
            assertThat(allocatable(partner)).isEqualByComparingTo(allocatableBefore);

            List<ConsumerRecord<String, String>> charged = events(reader, partner, "billing.customer_charged", 2);
            JsonPath second = data(charged.get(1));
            assertThat(second.getDouble("debt_added")).isEqualTo(2.0);
            assertThat(second.getDouble("debt_after")).isEqualTo(2.0);
            assertThat(second.getDouble("allocated_balance_after")).isEqualTo(0.0);
            assertThat(second.getString("deduct_trans_id")).startsWith("DD");
            List<ConsumerRecord<String, String>> arrears = events(reader, partner,
                    "billing.customer_arrears_changed", 1);
            JsonPath arrear = data(arrears.get(0));
            assertThat(arrear.getString("customer_id")).isEqualTo(customer);
            assertThat(arrear.getDouble("debt_amount")).isEqualTo(2.0);
            assertThat(arrear.getBoolean("in_arrears")).isTrue();
            assertThat(arrear.getString("cause")).isEqualTo("CONSUMPTION");
            List<ConsumerRecord<String, String>> ingested = events(reader, partner,
                    "billing.consumption_ingested", 2);
            JsonPath firstBatch = data(ingested.get(0));
            assertThat(firstBatch.getString("bill_cycle")).isEqualTo(cycle.toString());
            assertThat(firstBatch.getBoolean("late")).isFalse();
            assertThat(firstBatch.getDouble("by_bill_type[0].cash_amount")).isEqualTo(7.0);
            assertThat(firstBatch.getInt("by_bill_type[0].records")).isEqualTo(1);
            // the record line incentive-service attributes by consume time (rule 56)
            assertThat(firstBatch.getList("records")).hasSize(1);
            assertThat(firstBatch.getDouble("records[0].cash_amount")).isEqualTo(7.0);
            assertThat(firstBatch.getString("records[0].consume_time")).isEqualTo(consumeTime(cycle, 10));

            // a later allocation pays the debt (the settlement job)
            fund(partner, customer, "5.00");
            Tx.onContext(() -> settlement.settle());
            assertThat(debt(customer, partner)).isEqualByComparingTo("0.00");
            assertThat(allocatedBalance(customer, partner)).isEqualByComparingTo("3.00");
            List<ConsumerRecord<String, String>> cleared = events(reader, partner,
                    "billing.customer_arrears_changed", 2);
            JsonPath settled = data(cleared.get(1));
            assertThat(settled.getDouble("debt_amount")).isEqualTo(0.0);
            assertThat(settled.getBoolean("in_arrears")).isFalse();
            assertThat(settled.getString("cause")).isEqualTo("SETTLEMENT");
        }
        given().header("X-Auth-Token", Tokens.partner(partner))
                .queryParam("bill_cycle", cycle.toString()).queryParam("customer_id", customer)
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("fee_records.debt_amount", containsInAnyOrder(0.0f, 2.0f));
        LedgerInvariants.assertBalancesEqualEntries();
        LedgerInvariants.assertNoNegativeBalance();
    }

    @Test
    void aLargeBatchOfOneCustomerIsPublishedInChunksWhoseSumsAddUp() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        YearMonth cycle = currentCycle();
        List<Map<String, Object>> records = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            records.add(record(newRecordId(), customer, cycle, "0.01"));
        }
        try (TopicReader reader = new TopicReader(BillingEvents.TOPIC)) {
            ingest(records).then().statusCode(200).body("accepted_count", equalTo(600));
            List<ConsumerRecord<String, String>> ingested = events(reader, partner,
                    "billing.consumption_ingested", 3);
            long lines = 0;
            double cash = 0;
            for (ConsumerRecord<String, String> event : ingested) {
                JsonPath chunk = data(event);
                assertThat(chunk.getList("records")).hasSizeLessThanOrEqualTo(250);
                assertThat(chunk.getInt("by_bill_type[0].records")).isEqualTo(chunk.getList("records").size());
                assertThat(event.value().length()).isLessThan(200_000);
                lines += chunk.getList("records").size();
                cash += chunk.getDouble("by_bill_type[0].cash_amount");
            }
            assertThat(lines).isEqualTo(600);
            assertThat(cash).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void unsubscribeRefundsClearDebtFirst() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        YearMonth cycle = currentCycle();
        ingest(List.of(record(newRecordId(), customer, cycle, "4.00"))).then().statusCode(200);
        assertThat(debt(customer, partner)).isEqualByComparingTo("4.00");

        Map<String, Object> refund = record(newRecordId(), customer, cycle, "6.00");
        refund.put("bill_type", 1);
        ingest(List.of(refund)).then().statusCode(200).body("accepted_count", equalTo(1));

        assertThat(debt(customer, partner)).isEqualByComparingTo("0.00");
        assertThat(allocatedBalance(customer, partner)).isEqualByComparingTo("2.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void referralConsumptionIsRecordedAndChargesNothing() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        BigDecimal allocatableBefore = allocatable(partner);

        ingest(List.of(record(newRecordId(), customer, currentCycle(), "9.99"))).then().statusCode(200)
                .body("accepted_count", equalTo(1)).body("error_details", empty());

        assertThat(recordsOf(customer)).isEqualTo(1);
        assertThat(ledgerTransactionsOf(customer)).isZero();
        assertThat(debt(customer, partner)).isEqualByComparingTo("0");
        assertThat(allocatable(partner)).isEqualByComparingTo(allocatableBefore);
        given().header("X-Auth-Token", Tokens.partner(partner))
                .queryParam("bill_cycle", currentCycle().toString()).queryParam("association_type", "1")
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("total_count", equalTo(1)).body("fee_records[0].association_type", equalTo("1"))
                .body("fee_records[0].debt_amount", equalTo(0.0f))
                .body("fee_records[0].writeoff_amount", equalTo(0.0f))
                .body("fee_records[0].credit_amount", equalTo(0.0f))
                .body("fee_records[0].resource_type_code", equalTo("hws.resource.type.vm"))
                .body("fee_records[0].bill_detail_type", equalTo(5))
                .body("fee_records[0].partner_id", equalTo(partner))
                .body("fee_records[0].sub_resource_id", nullValue());
    }
}
