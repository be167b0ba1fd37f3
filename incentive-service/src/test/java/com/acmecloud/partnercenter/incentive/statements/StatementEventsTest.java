package com.acmecloud.partnercenter.incentive.statements;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.associated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.cash;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.consumption;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.line;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.newCustomerId;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.performance;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.periodClosed;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.periodClosedEvent;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publish;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.incentive.performance.repository.ClosedPeriodRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.IncentiveEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Statements end to end on the real broker and database: billing.period_closed issues one statement per partner and
 * month (a duplicate delivery changes nothing), each line with a trace an auditor recomputes by hand — performance of
 * rule 56, policy-13 spending without rebate and a corrected policy version of rule 61; late records
 * become an adjustment line of the next month's statement; an operator's recomputation adds a version and a delta;
 * the what-if preview is provisional; incentive.statement_issued.v1 goes out through the outbox. Each test has months
 * of its own (2024), with SOLUTION_PROVIDER rates effective from its first month.
 */
@QuarkusTest
class StatementEventsTest {

    /** Amounts as the wire has them (2 decimals), not as doubles. */
    private static final JsonPathConfig EXACT =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    PartnerProjectionService projections;

    @Inject
    ClosedPeriodRepository closedPeriods;

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static void rates(Instant effectiveFrom, List<?> tiers) {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("program", "SOLUTION_PROVIDER", "effective_from", effectiveFrom.toString(),
                        "reason", "statements test", "tiers", tiers))
                .post("/v2/operations/incentive-base-rates").then().statusCode(201);
    }

    private static Map<String, Object> tier(String name, String min, String rate) {
        return Map.of("tier_name", name, "min_performance", new BigDecimal(min), "rate", new BigDecimal(rate));
    }

    private static String serviceType(String prefix) {
        return "hws.service.type." + prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void policy(String type, int code, String effectiveFrom) {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("service_type_code", type, "service_type_name", "Type " + type, "incentive_policy", code,
                        "allow_discount", "NO", "effective_from", effectiveFrom, "reason", "statements test"))
                .post("/v2/operations/incentive-discount-policies").then().statusCode(201);
    }

    /** A registered partner that joined the Solution Provider program, with a resale or referral customer. */
    private String solutionProvider(String customerId, int type, Instant since) {
        String partnerId = registeredPartner();
        Tx.run(() -> projections.update(partnerId, row -> row.join("SOLUTION_PROVIDER")));
        associated(partnerId, customerId, type, since);
        return partnerId;
    }

    private static void awaitPerformance(String partnerId, String month, String total) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> performance(partnerId, month),
                        p -> new BigDecimal(p.getString("total_amount")).compareTo(new BigDecimal(total)) == 0);
    }

    private static JsonPath statements(String partnerId, String month) {
        return given().auth().oauth2(Tokens.partner(partnerId)).queryParam("month", month)
                .get("/v2/partners/incentives/statements").then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    private static JsonPath awaitStatements(String partnerId, String month, int versions) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> statements(partnerId, month), s -> s.getInt("total_count") >= versions);
    }

    private void awaitClosed(String period) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Tx.call(() -> closedPeriods.findById(period)) != null);
    }

    private static BigDecimal amount(JsonPath body, String path) {
        return new BigDecimal(body.getString(path));
    }

    /** What an auditor does with a line's trace: the arithmetic again, from the trace alone. */
    private static BigDecimal recomputeFromTrace(Map<String, Object> trace) {
        BigDecimal performance = BigDecimal.ZERO;
        BigDecimal noRebate = BigDecimal.ZERO;
        for (Object o : (List<?>) trace.get("consumption")) {
            Map<?, ?> mode = (Map<?, ?>) o;
            performance = performance.add(new BigDecimal(mode.get("performance_amount").toString()));
            noRebate = noRebate.add(new BigDecimal(mode.get("no_rebate_amount").toString()));
        }
        BigDecimal base = performance.subtract(noRebate);
        if ("BASE".equals(trace.get("kind"))) {
            base = base.max(BigDecimal.ZERO);
        }
        Map<?, ?> tier = (Map<?, ?>) trace.get("tier");
        Map<?, ?> basis = (Map<?, ?>) trace.get("tier_basis");
        assertThat(new BigDecimal(basis.get("performance_amount").toString()))
                .isGreaterThanOrEqualTo(new BigDecimal(tier.get("min_performance").toString()));
        Map<?, ?> rounding = (Map<?, ?>) trace.get("rounding");
        int scale = ((Number) rounding.get("scale")).intValue();
        return base.multiply(new BigDecimal(tier.get("rate").toString()))
                .setScale(scale, RoundingMode.valueOf(rounding.get("mode").toString()));
    }

    @Test
    void aClosedMonthIssuesOneStatementPerPartnerOnceWithTracesAnAuditorRecomputes() {
        rates(at("2023-12-31T16:00:00Z"), List.of(tier("BASE", "0", "0.0200"), tier("SILVER", "1000.00", "0.0350"),
                tier("GOLD", "5000.00", "0.0500")));
        String noRebateType = serviceType("p13");
        policy(noRebateType, 13, "2020-01-01T00:00:00Z");
        String customer = newCustomerId();
        String partner = solutionProvider(customer, 2, at("2023-12-01T00:00:00Z"));
        String otherCustomer = newCustomerId();
        String other = solutionProvider(otherCustomer, 1, at("2023-12-01T00:00:00Z"));
        try (TopicReader incentives = new TopicReader(IncentiveEvents.TOPIC)) {
            publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2024-01", false, null, List.of(
                    cash(customer + "-1", at("2024-01-05T00:00:00Z"), "1234.56"),
                    line(customer + "-2", 0, noRebateType, at("2024-01-06T00:00:00Z"), "100.00", "0.00", "0.00",
                            "0.00", "0.00", false),                                                 // policy 13
                    line(customer + "-3", 0, "hws.service.type.ecs", at("2024-01-07T00:00:00Z"), "0.00", "30.00",
                            "0.00", "0.00", "0.00", false),                                         // coupon only
                    line(customer + "-4", 1, "hws.service.type.ecs", at("2024-01-08T00:00:00Z"), "10.01", "0.00",
                            "0.00", "0.00", "0.00", false))));                                      // unsubscribed
            publish(BillingEvents.TOPIC, other, consumption(other, otherCustomer, 1, "2024-01", false, null,
                    List.of(cash(otherCustomer + "-1", at("2024-01-09T00:00:00Z"), "99.99"))));
            awaitPerformance(partner, "2024-01", "1324.55");
            awaitPerformance(other, "2024-01", "99.99");

            CloudEvent close = periodClosedEvent("2024-01", at("2024-01-31T16:00:00Z"));
            publish(BillingEvents.TOPIC, BillingEvents.PERIOD_KEY, close);
            publish(BillingEvents.TOPIC, BillingEvents.PERIOD_KEY, close);              // redelivered
            periodClosed("2024-01", at("2024-01-31T16:00:00Z"));                         // a second close event
            periodClosed("2019-01", at("2019-01-31T16:00:00Z"));                         // a marker behind them
            awaitClosed("2019-01");

            JsonPath mine = awaitStatements(partner, "2024-01", 1);
            assertThat(mine.getInt("total_count")).isEqualTo(1);
            assertThat(mine.getString("statements[0].partner_id")).isEqualTo(partner);
            assertThat(mine.getInt("statements[0].version")).isEqualTo(1);
            assertThat(mine.getString("statements[0].cause")).isEqualTo("PERIOD_CLOSED");
            assertThat(mine.getString("statements[0].program")).isEqualTo("SOLUTION_PROVIDER");
            assertThat(mine.getString("statements[0].tier_name")).isEqualTo("SILVER");
            assertThat(amount(mine, "statements[0].performance_amount")).isEqualByComparingTo("1324.55");
            // (1234.56 + 100.00 - 10.01 = 1324.55, SILVER) - 100.00 of policy 13 = 1224.55 × 0.0350 = 42.85925
            assertThat(mine.getString("statements[0].total_amount")).isEqualTo("42.86");
            assertThat(mine.getString("statements[0].delta_amount")).isEqualTo("42.86");
            assertThat(mine.getList("statements[0].lines")).hasSize(1);
            assertThat(mine.getString("statements[0].lines[0].kind")).isEqualTo("BASE");

            Map<String, Object> trace = mine.getMap("statements[0].lines[0].trace");
            assertThat(recomputeFromTrace(trace)).isEqualTo(new BigDecimal("42.86"));
            assertThat(mine.getString("statements[0].lines[0].trace.amount")).isEqualTo("42.86");
            assertThat(mine.getInt("statements[0].lines[0].trace.consumption[0].association_type")).isEqualTo(2);
            assertThat(mine.getLong("statements[0].lines[0].trace.consumption[0].records")).isEqualTo(4);
            assertThat(amount(mine, "statements[0].lines[0].trace.consumption[0].refunded_amount"))
                    .isEqualByComparingTo("10.01");
            assertThat(amount(mine, "statements[0].lines[0].trace.consumption[0].excluded.coupon_amount"))
                    .isEqualByComparingTo("30.00");
            assertThat(mine.getString("statements[0].lines[0].trace.policies[0].service_type_code"))
                    .isEqualTo(noRebateType);
            assertThat(mine.getInt("statements[0].lines[0].trace.policies[0].incentive_policy")).isEqualTo(13);
            assertThat(mine.getString("statements[0].lines[0].trace.rate_table.program"))
                    .isEqualTo("SOLUTION_PROVIDER");
            assertThat(mine.getString("statements[0].lines[0].trace.rounding.mode")).isEqualTo("HALF_UP");

            // the other partner's own statement: 99.99 × 0.0200 = 1.9998 → 2.00; neither sees the other's
            JsonPath theirs = awaitStatements(other, "2024-01", 1);
            assertThat(theirs.getString("statements[0].total_amount")).isEqualTo("2.00");
            assertThat(theirs.getList("statements.partner_id", String.class)).containsOnly(other);
            JsonPath all = given().auth().oauth2(Tokens.partner(partner)).get("/v2/partners/incentives/statements")
                    .then().statusCode(200).extract().jsonPath().using(EXACT);
            assertThat(all.getList("statements.partner_id", String.class)).containsOnly(partner);
            given().auth().oauth2(Tokens.partner(partner)).queryParam("indirect_partner_id", other)
                    .get("/v2/partners/incentives/statements")
                    .then().statusCode(400).body("error_code", equalTo("CBC.99000037"));

            var issued = incentives.await(r -> partner.equals(r.key())
                    && r.value().contains(IncentiveEvents.STATEMENT_ISSUED.type()), 1, Duration.ofSeconds(30));
            JsonPath event = new JsonPath(issued.get(0).value()).using(EXACT);
            assertThat(event.getString("subject")).isEqualTo(mine.getString("statements[0].statement_id"));
            assertThat(event.getString("data.month")).isEqualTo("2024-01");
            assertThat(event.getInt("data.version")).isEqualTo(1);
            assertThat(event.getString("data.cause")).isEqualTo("PERIOD_CLOSED");
            assertThat(amount(event, "data.total_amount")).isEqualByComparingTo("42.86");
            assertThat(incentives.received(r -> partner.equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void lateRecordsOfAClosedMonthBecomeAnAdjustmentLineOfTheNextStatement() {
        rates(at("2024-03-31T16:00:00Z"), List.of(tier("BASE", "0", "0.0100"), tier("SILVER", "500.00", "0.0300")));
        String customer = newCustomerId();
        String partner = solutionProvider(customer, 1, at("2024-03-01T00:00:00Z"));
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2024-04", false, null,
                List.of(cash(customer + "-april", at("2024-04-10T00:00:00Z"), "600.00"))));
        awaitPerformance(partner, "2024-04", "600.00");
        periodClosed("2024-04", at("2024-04-30T16:00:00Z"));
        JsonPath april = awaitStatements(partner, "2024-04", 1);
        assertThat(april.getString("statements[0].total_amount")).isEqualTo("18.00");   // 600.00 × 0.0300

        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2024-04", true, "2024-05",
                List.of(cash(customer + "-late", at("2024-04-29T00:00:00Z"), "50.00"))));
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 1, "2024-05", false, null,
                List.of(cash(customer + "-may", at("2024-05-03T00:00:00Z"), "100.00"))));
        awaitPerformance(partner, "2024-05", "150.00");
        periodClosed("2024-05", at("2024-05-31T16:00:00Z"));

        JsonPath may = awaitStatements(partner, "2024-05", 1);
        assertThat(may.getList("statements[0].lines.kind", String.class)).containsExactly("BASE", "ADJUSTMENT");
        assertThat(may.getString("statements[0].lines[0].amount")).isEqualTo("1.00");     // 100.00 × 0.0100
        assertThat(may.getString("statements[0].lines[1].bill_cycle")).isEqualTo("2024-04");
        // at April's tier (its own 600.00 reached SILVER): 50.00 × 0.0300
        assertThat(may.getString("statements[0].lines[1].amount")).isEqualTo("1.50");
        assertThat(may.getString("statements[0].lines[1].trace.tier.tier_name")).isEqualTo("SILVER");
        assertThat(amount(may, "statements[0].lines[1].trace.tier_basis.performance_amount"))
                .isEqualByComparingTo("600.00");
        assertThat(recomputeFromTrace(may.getMap("statements[0].lines[1].trace"))).isEqualTo(new BigDecimal("1.50"));
        assertThat(may.getString("statements[0].total_amount")).isEqualTo("2.50");
        // the closed month's statement is as it was
        JsonPath aprilAgain = statements(partner, "2024-04");
        assertThat(aprilAgain.getInt("total_count")).isEqualTo(1);
        assertThat(aprilAgain.getString("statements[0].total_amount")).isEqualTo("18.00");
    }

    @Test
    void recomputingAClosedMonthAddsAVersionWithItsDeltaAndNeverEditsOne() {
        rates(at("2024-07-31T16:00:00Z"), List.of(tier("BASE", "0", "0.0200"), tier("SILVER", "1000.00", "0.0400")));
        String corrected = serviceType("fix");
        String customer = newCustomerId();
        String partner = solutionProvider(customer, 2, at("2024-07-01T00:00:00Z"));
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, "2024-08", false, null, List.of(
                cash(customer + "-ecs", at("2024-08-03T00:00:00Z"), "800.00"),
                line(customer + "-fix", 0, corrected, at("2024-08-04T00:00:00Z"), "400.00", "0.00", "0.00", "0.00",
                        "0.00", false))));
        awaitPerformance(partner, "2024-08", "1200.00");
        periodClosed("2024-08", at("2024-08-31T16:00:00Z"));
        assertThat(awaitStatements(partner, "2024-08", 1).getString("statements[0].total_amount"))
                .isEqualTo("48.00");                                                   // 1200.00 × 0.0400

        // a policy correction for August: the type earns no rebate (13); it still counts for the tier
        policy(corrected, 13, "2024-07-31T16:00:00Z");
        String key = UUID.randomUUID().toString();
        JsonPath v2 = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("reason", "policy of " + corrected + " corrected"))
                .post("/v2/operations/incentives/statements/" + partner + "/2024-08/recompute")
                .then().statusCode(201).extract().jsonPath().using(EXACT);
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("cause")).isEqualTo("RECOMPUTED");
        assertThat(v2.getString("total_amount")).isEqualTo("32.00");                   // 800.00 × 0.0400
        assertThat(v2.getString("delta_amount")).isEqualTo("-16.00");
        assertThat(v2.getString("lines[0].previous_amount")).isEqualTo("48.00");
        assertThat(v2.getString("lines[0].delta_amount")).isEqualTo("-16.00");
        assertThat(v2.getString("lines[0].trace.policies[0].service_type_code")).isEqualTo(corrected);
        assertThat(recomputeFromTrace(v2.getMap("lines[0].trace"))).isEqualTo(new BigDecimal("32.00"));
        // the same key replays the answer; it adds no third version
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("reason", "policy of " + corrected + " corrected"))
                .post("/v2/operations/incentives/statements/" + partner + "/2024-08/recompute")
                .then().statusCode(201).body("version", equalTo(2));

        JsonPath versions = given().auth().oauth2(Tokens.operator())
                .get("/v2/operations/incentives/statements/" + partner + "/2024-08")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        assertThat(versions.getInt("total_count")).isEqualTo(2);
        assertThat(versions.getList("statements.version", Integer.class)).containsExactly(2, 1);
        assertThat(versions.getString("statements[1].total_amount")).isEqualTo("48.00");
        assertThatThrownBy(() -> Tx.call(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE incentive_statement SET total_amount = 0 WHERE partner_id = :partner")
                        .setParameter("partner", partner).executeUpdate()))))
                .hasStackTraceContaining("append-only");

        // only closed months, only existing statements, only operators
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", "early"))
                .post("/v2/operations/incentives/statements/" + partner + "/2024-09/recompute")
                .then().statusCode(400).body("error_code", equalTo("CBC.91007102"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", "none"))
                .post("/v2/operations/incentives/statements/" + registeredPartner() + "/2024-08/recompute")
                .then().statusCode(404).body("error_code", equalTo("CBC.91007101"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/v2/operations/incentives/statements/" + partner + "/2024-08/recompute")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).body(Map.of("reason", "mine"))
                .post("/v2/operations/incentives/statements/" + partner + "/2024-08/recompute")
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
    }

    @Test
    void thePreviewIsTheCurrentMonthSoFarProvisionalWithWhatWouldChangeTheTier() {
        YearMonth current = Months.of(Instant.now());
        Instant monthStart = Months.start(current);
        rates(monthStart, List.of(tier("BASE", "0", "0.0200"), tier("SILVER", "1000.00", "0.0300")));
        String customer = newCustomerId();
        String partner = solutionProvider(customer, 2, monthStart.minus(Duration.ofDays(1)));
        Instant spent = Instant.now().minusSeconds(60).isBefore(monthStart) ? monthStart
                : Instant.now().minusSeconds(60);
        publish(BillingEvents.TOPIC, partner, consumption(partner, customer, 2, Months.format(current), false, null,
                List.of(cash(customer + "-now", spent, "400.00"))));
        awaitPerformance(partner, Months.format(current), "400.00");

        JsonPath preview = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/partners/incentives/statements/preview")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        assertThat(preview.getBoolean("provisional")).isTrue();
        assertThat(preview.getString("month")).isEqualTo(Months.format(current));
        assertThat(preview.getString("tier_name")).isEqualTo("BASE");
        assertThat(preview.getString("total_amount")).isEqualTo("8.00");                // 400.00 × 0.0200
        assertThat(preview.getString("next_tier.tier_name")).isEqualTo("SILVER");
        assertThat(preview.getString("next_tier.performance_needed")).isEqualTo("600.00");
        assertThat(recomputeFromTrace(preview.getMap("lines[0].trace"))).isEqualTo(new BigDecimal("8.00"));
        // nothing was issued
        given().auth().oauth2(Tokens.partner(partner)).get("/v2/partners/incentives/statements")
                .then().statusCode(200).body("total_count", equalTo(0));
    }

    @Test
    void unknownPartnersGetNothingAndBadInputIsACbc400() {
        String stranger = Tokens.newPartnerId();
        given().auth().oauth2(Tokens.partner(stranger)).get("/v2/partners/incentives/statements")
                .then().statusCode(403).body("error_code", equalTo("CBC.5001"));
        given().auth().oauth2(Tokens.partner(stranger)).get("/v2/partners/incentives/statements/preview")
                .then().statusCode(403).body("error_code", equalTo("CBC.5001"));
        String partner = registeredPartner();
        given().auth().oauth2(Tokens.partner(partner)).queryParam("month", "2024-13")
                .get("/v2/partners/incentives/statements")
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("month"));
        given().auth().oauth2(Tokens.partner(partner)).queryParam("limit", "0")
                .get("/v2/partners/incentives/statements")
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        given().auth().oauth2(Tokens.partner(partner)).get("/v2/partners/incentives/statements")
                .then().statusCode(200).body("total_count", equalTo(0));
        given().auth().oauth2(Tokens.operator()).get("/v2/operations/incentives/statements/" + partner + "/2024-1")
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        given().auth().oauth2(Tokens.operator()).get("/v2/operations/incentives/statements/" + partner + "/2024-01")
                .then().statusCode(404).body("error_code", equalTo("CBC.91007101"));
    }
}
