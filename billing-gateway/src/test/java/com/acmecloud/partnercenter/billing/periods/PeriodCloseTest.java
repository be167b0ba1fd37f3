package com.acmecloud.partnercenter.billing.periods;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.currentCycle;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.ingest;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.newRecordId;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Month close: exactly once whatever closes it, with the totals; later records are late. */
@QuarkusTest
class PeriodCloseTest {

    static Response close(YearMonth cycle) {
        return given().header("X-Auth-Token", Tokens.operator()).post("/v2/bills/periods/" + cycle + "/close");
    }

    @Test
    void twoConcurrentClosersCloseOnceAndPublishOnce() throws Exception {
        YearMonth cycle = YearMonth.of(2001, 3);
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        ingest(List.of(record(newRecordId(), customer, cycle, "2.00"), record(newRecordId(), customer, cycle,
                "3.00"))).then().statusCode(200).body("accepted_count", equalTo(2)).body("late_count", equalTo(0));

        try (TopicReader reader = new TopicReader(BillingEvents.TOPIC)) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> closers = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return close(cycle);
                    })).toList();
            start.countDown();
            List<Response> answers = closers.stream().map(CompletableFuture::join).toList();
            assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
            assertThat(answers.stream().filter(a -> a.jsonPath().getBoolean("closed_now")).count()).isEqualTo(1);
            assertThat(answers).allSatisfy(a -> {
                assertThat(a.jsonPath().getLong("record_count")).isEqualTo(2);
                assertThat(a.jsonPath().getString("cash_amount")).isEqualTo("5.0");
                assertThat(a.jsonPath().getString("data_complete_through")).isEqualTo("2001-03-31T16:00:00Z");
            });

            List<ConsumerRecord<String, String>> closed = reader.await(r -> r.value().contains(
                    "\"period\":\"" + cycle + "\""), 1, Duration.ofSeconds(30));
            assertThat(closed.get(0).key()).isEqualTo(BillingEvents.PERIOD_KEY);
            io.restassured.path.json.JsonPath event = io.restassured.path.json.JsonPath.from(closed.get(0).value());
            assertThat(event.getString("type")).isEqualTo("billing.period_closed.v1");
            assertThat(event.getInt("data.totals.records")).isEqualTo(2);
            assertThat(event.getDouble("data.totals.cash_amount")).isEqualTo(5.0);
            assertThat(event.getString("data.data_complete_through")).isEqualTo("2001-03-31T16:00:00Z");
            close(cycle).then().statusCode(200).body("closed_now", equalTo(false));
            assertThat(reader.received(r -> r.value().contains("\"period\":\"" + cycle + "\""))).hasSize(1);
        }
    }

    @Test
    void recordsOfAClosedPeriodAreStoredAsLate() {
        YearMonth cycle = YearMonth.of(2001, 4);
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        close(cycle).then().statusCode(200).body("closed_now", equalTo(true)).body("record_count", equalTo(0));

        ingest(List.of(record(newRecordId(), customer, cycle, "2.00"))).then().statusCode(200)
                .body("accepted_count", equalTo(1)).body("late_count", equalTo(1));
        close(cycle).then().statusCode(200).body("closed_now", equalTo(false)).body("record_count", equalTo(0));
        given().header("X-Auth-Token", Tokens.operator()).get("/v2/bills/periods/" + cycle).then().statusCode(200)
                .body("bill_cycle", equalTo(cycle.toString()));
    }

    @Test
    void onlyAMonthThatEndedCanBeClosed() {
        CbcAssertions.assertCbcError("the current month", close(currentCycle()), 400, "CBC.91006203");
        CbcAssertions.assertCbcError("not a month", close(null), 400, "CBC.0100");
        CbcAssertions.assertCbcError("an open month", given().header("X-Auth-Token", Tokens.operator())
                .get("/v2/bills/periods/2001-05"), 404, "CBC.91000001");
        given().header("X-Auth-Token", Tokens.partner(registeredPartner())).post("/v2/bills/periods/2001-06/close")
                .then().statusCode(403);
    }
}
