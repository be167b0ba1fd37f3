package com.acmecloud.partnercenter.incentive.performance;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.associated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.cash;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.consumption;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.disassociated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.line;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.newCustomerId;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.performance;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.periodClosed;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publish;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publishRaw;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.typeChanged;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.incentive.IncentiveTestApi;
import com.acmecloud.partnercenter.incentive.associations.domain.AssociationPeriod;
import com.acmecloud.partnercenter.incentive.associations.repository.AssociationPeriodRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rule 56 end to end on the real broker and database: customer.events build the association history,
 * billing.consumption_ingested becomes performance attributed at the time of spending, in the mode of then;
 * redelivery and re-sent records change nothing; late records become adjustments; poison goes to the DLQ.
 */
@QuarkusTest
class PerformanceEventsTest {

    @Inject
    AssociationPeriodRepository periods;

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private List<AssociationPeriod> awaitHistory(String customerId, Predicate<List<AssociationPeriod>> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> periods.history(customerId)), condition);
    }

    private static JsonPath awaitPerformance(String partnerId, String month, String total) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> performance(partnerId, month),
                        p -> new BigDecimal(p.getString("total_amount")).compareTo(new BigDecimal(total)) == 0);
    }

    private static BigDecimal amount(JsonPath body, String path) {
        return new BigDecimal(body.getString(path));
    }

    @Test
    void aMidMonthSwitchIsSplitByTimeAndOnlyCashAndCardSpendingCounts() {
        String partner = registeredPartner();
        String customer = newCustomerId();
        associated(partner, customer, 1, at("2026-09-20T00:00:00Z"));
        typeChanged(partner, customer, 1, 2, at("2026-10-15T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 2 && h.get(0).validTo != null);

        CloudEvent october = consumption(partner, customer, 2, "2026-10", false, null, List.of(
                cash(customer + "-r1", at("2026-10-05T00:00:00Z"), "100.00"),                     // referral
                line(customer + "-r2", 0, "hws.service.type.ecs", at("2026-10-06T00:00:00Z"),
                        "10.00", "30.00", "0.00", "0.00", "0.00", false),                             // coupon out
                line(customer + "-r3", 0, "hws.service.type.ecs", at("2026-10-07T00:00:00Z"),
                        "500.00", "0.00", "0.00", "0.00", "0.00", true),                              // card bought
                line(customer + "-r4", 0, "hws.service.type.ecs", at("2026-10-08T00:00:00Z"),
                        "0.00", "0.00", "0.00", "0.00", "40.00", false),                              // card spent
                line(customer + "-r5", 0, "hws.service.type.ecs", at("2026-10-09T00:00:00Z"),
                        "0.00", "5.00", "8.00", "5.00", "0.00", false),                               // coupons only
                cash(customer + "-r6", at("2026-10-20T00:00:00Z"), "200.00"),                     // resale
                line(customer + "-r7", 1, "hws.service.type.ecs", at("2026-10-21T00:00:00Z"),
                        "50.00", "0.00", "0.00", "0.00", "0.00", false),                              // refund
                line(customer + "-r8", 2, "hws.service.type.ecs", at("2026-10-22T00:00:00Z"),
                        "3.00", "0.00", "0.00", "0.00", "0.00", false)));                             // write-off
        publish(BillingEvents.TOPIC, partner, october);
        publish(BillingEvents.TOPIC, partner, october); // redelivered
        // the same records again in another batch (billing never re-sends, but a replay might)
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2026-10", false, null,
                List.of(cash(customer + "-r1", at("2026-10-05T00:00:00Z"), "100.00"))));
        // a marker behind them on the same partition
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2026-10", false, null,
                List.of(cash(customer + "-r9", at("2026-10-25T00:00:00Z"), "1.00"))));

        JsonPath body = awaitPerformance(partner, "2026-10", "301.00");
        assertThat(body.getString("partner_id")).isEqualTo(partner);
        assertThat(body.getString("period_status")).isEqualTo("OPEN");
        assertThat(body.getString("currency")).isEqualTo("CNY");
        assertThat(body.getList("by_association_type.association_type", Integer.class)).containsExactly(1, 2);
        // referral until the 15th: 100 cash + 10 cash + 40 by card = 150
        assertThat(amount(body, "by_association_type[0].performance_amount")).isEqualByComparingTo("150.00");
        assertThat(amount(body, "by_association_type[0].excluded.coupon_amount")).isEqualByComparingTo("43.00");
        assertThat(amount(body, "by_association_type[0].excluded.non_counting_coupon_amount"))
                .isEqualByComparingTo("5.00");
        assertThat(amount(body, "by_association_type[0].excluded.stored_value_card_purchase_amount"))
                .isEqualByComparingTo("500.00");
        assertThat(body.getLong("by_association_type[0].records")).isEqualTo(5);
        // resale from the 15th: 200 + 1 - 50 refunded; the write-off is no spending
        assertThat(amount(body, "by_association_type[1].performance_amount")).isEqualByComparingTo("151.00");
        assertThat(amount(body, "by_association_type[1].consumed_amount")).isEqualByComparingTo("201.00");
        assertThat(amount(body, "by_association_type[1].refunded_amount")).isEqualByComparingTo("50.00");
        assertThat(amount(body, "by_association_type[1].excluded.write_off_amount")).isEqualByComparingTo("3.00");
        assertThat(amount(body, "performance_amount")).isEqualByComparingTo("301.00");
        assertThat(body.getList("adjustments")).isEmpty();
    }

    @Test
    void spendingCountsForThePartnerOfThatTimeAndEachPartnerSeesOnlyItsOwn() {
        String first = registeredPartner();
        String second = registeredPartner();
        String customer = newCustomerId();
        associated(first, customer, 2, at("2026-09-01T00:00:00Z"));
        disassociated(first, customer, 2, at("2026-10-10T00:00:00Z"));
        associated(second, customer, 1, at("2026-10-12T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 2 && h.get(0).validTo != null);

        // billing keys the batch by the partner it knows now; attribution follows each record's time
        publish(BillingEvents.TOPIC, second, consumption(second, customer, 1, "2026-10", false, null, List.of(
                cash(customer + "-a", at("2026-10-05T00:00:00Z"), "70.00"),
                cash(customer + "-gap", at("2026-10-11T00:00:00Z"), "9.00"),
                cash(customer + "-b", at("2026-10-20T00:00:00Z"), "30.00"))));

        JsonPath mine = awaitPerformance(second, "2026-10", "30.00");
        assertThat(mine.getList("by_association_type.association_type", Integer.class)).containsExactly(1);
        JsonPath theirs = awaitPerformance(first, "2026-10", "70.00");
        assertThat(theirs.getList("by_association_type.association_type", Integer.class)).containsExactly(2);
        // the day with no association is nobody's performance; a third partner sees nothing at all
        JsonPath stranger = performance(registeredPartner(), "2026-10");
        assertThat(amount(stranger, "total_amount")).isEqualByComparingTo("0.00");
        assertThat(stranger.getList("by_association_type")).isEmpty();
    }

    @Test
    void lateRecordsOfAClosedMonthAreAdjustmentsOfTheMonthTheyArrivedIn() {
        String partner = registeredPartner();
        String customer = newCustomerId();
        associated(partner, customer, 2, at("2025-07-01T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 1);
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2025-08", false, null,
                List.of(cash(customer + "-on-time", at("2025-08-10T00:00:00Z"), "80.00"))));
        periodClosed("2025-08", at("2025-08-31T16:00:00Z"));
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2025-08", true, "2025-09",
                List.of(cash(customer + "-late", at("2025-08-30T00:00:00Z"), "12.00"))));

        JsonPath september = awaitPerformance(partner, "2025-09", "12.00");
        assertThat(amount(september, "performance_amount")).isEqualByComparingTo("0.00");
        assertThat(amount(september, "adjustment_amount")).isEqualByComparingTo("12.00");
        assertThat(september.getString("adjustments[0].bill_cycle")).isEqualTo("2025-08");
        assertThat(september.getInt("adjustments[0].association_type")).isEqualTo(2);
        JsonPath august = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> performance(partner, "2025-08"), p -> "CLOSED".equals(p.getString("period_status")));
        assertThat(amount(august, "total_amount")).isEqualByComparingTo("80.00");
    }

    @Test
    void consumptionWaitsForTheCustomersAssociationHistory() {
        String partner = registeredPartner();
        String customer = newCustomerId();
        // billing.events overtakes customer.events: the batch is retried until the history is there
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2026-10", false, null,
                List.of(cash(customer + "-early", at("2026-10-03T00:00:00Z"), "25.00"))));
        associated(partner, customer, 1, at("2026-10-01T00:00:00Z"));
        awaitPerformance(partner, "2026-10", "25.00");
    }

    @Test
    void aServiceTypeWithPolicy2IsNoPerformance() {
        String type = "hws.service.type.p2" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("service_type_code", type, "service_type_name", "No performance",
                        "incentive_policy", 2, "allow_discount", "NO", "effective_from", "2020-01-01T00:00:00Z"))
                .post("/v2/operations/incentive-discount-policies").then().statusCode(201);
        String partner = registeredPartner();
        String customer = newCustomerId();
        associated(partner, customer, 2, at("2026-06-01T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 1);
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2026-07", false, null, List.of(
                line(customer + "-x", 0, type, at("2026-07-02T00:00:00Z"), "60.00", "0.00", "0.00", "0.00",
                        "0.00", false),
                cash(customer + "-y", at("2026-07-03T00:00:00Z"), "15.00"))));
        JsonPath body = awaitPerformance(partner, "2026-07", "15.00");
        assertThat(amount(body, "by_association_type[0].excluded.no_performance_service_amount"))
                .isEqualByComparingTo("60.00");
    }

    @Test
    void anEventWithOnlySumsCountsForThePartnerBillingNamed() {
        String partner = registeredPartner();
        String customer = newCustomerId();
        BigDecimal zero = new BigDecimal("0.00");
        BillingEvents.ConsumptionSums consume = new BillingEvents.ConsumptionSums(0, 3, new BigDecimal("130.00"),
                new BigDecimal("100.00"), new BigDecimal("20.00"), new BigDecimal("20.00"), zero, zero,
                new BigDecimal("10.00"), zero);
        CloudEvent older = IncentiveTestApi.event(BillingEvents.CONSUMPTION_INGESTED, "/billing-gateway", customer,
                new BillingEvents.ConsumptionIngested(partner, customer, null, 2, UUID.randomUUID().toString(),
                        "2026-05", false, null, List.of(consume), Instant.now()));
        publish(BillingEvents.TOPIC, partner, older);
        publish(BillingEvents.TOPIC, partner, older);
        JsonPath body = awaitPerformance(partner, "2026-05", "110.00");
        assertThat(body.getInt("by_association_type[0].association_type")).isEqualTo(2);
        assertThat(body.getLong("by_association_type[0].records")).isEqualTo(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheEventsBehindItAreApplied() {
        String partner = registeredPartner();
        String customer = newCustomerId();
        associated(partner, customer, 1, at("2026-04-01T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 1);
        try (TopicReader dlq = new TopicReader("billing.events.dlq")) {
            publishRaw(BillingEvents.TOPIC, partner, "{not json");
            publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2026-04", false, null,
                    List.of(line(customer + "-neg", 0, "hws.service.type.ecs", at("2026-04-02T00:00:00Z"),
                            "-1.00", "0.00", "0.00", "0.00", "0.00", false))));
            publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2026-04", false, null,
                    List.of(cash(customer + "-ok", at("2026-04-03T00:00:00Z"), "7.00"))));
            awaitPerformance(partner, "2026-04", "7.00");
            dlq.await(TopicReader.keyed(partner), 2, Duration.ofSeconds(30));
        }
    }

    @Test
    void badRequestsAreCbc400sAndOnlyPartnersReadPerformance() {
        String token = Tokens.partner(registeredPartner());
        given().auth().oauth2(token).get("/v2/partners/incentives/performance")
                .then().statusCode(400).body("error_code", org.hamcrest.Matchers.equalTo("CBC.0101"))
                .body("details[0].field", org.hamcrest.Matchers.equalTo("month"));
        given().auth().oauth2(token).queryParam("month", "2026-00").get("/v2/partners/incentives/performance")
                .then().statusCode(400).body("error_code", org.hamcrest.Matchers.equalTo("CBC.0100"));
        given().auth().oauth2(Tokens.operator()).queryParam("month", "2026-10")
                .get("/v2/partners/incentives/performance")
                .then().statusCode(403).body("error_code", org.hamcrest.Matchers.equalTo("CBC.0151"));
        given().auth().oauth2(Tokens.partnerWithoutPartnerId()).queryParam("month", "2026-10")
                .get("/v2/partners/incentives/performance")
                .then().statusCode(403).body("error_code", org.hamcrest.Matchers.equalTo("CBC.91001003"));
    }
}
