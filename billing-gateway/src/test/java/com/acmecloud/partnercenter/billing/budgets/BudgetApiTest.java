package com.acmecloud.partnercenter.billing.budgets;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRules;
import com.acmecloud.partnercenter.billing.budgets.service.BudgetTracker;
import com.acmecloud.partnercenter.billing.budgets.service.CustomerSpendingChanged;
import com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule 13 through the HTTP API and the spending listener: a new resale customer is frozen until a budget is set
 * (billing.customer_freeze_requested / _unfreeze_requested), setting a budget is an absolute target, alerts at
 * 75/90/100 % once per period, auto-freeze when exhausted; bad input and other partners' customers are refused.
 */
@QuarkusTest
class BudgetApiTest {

    static final String PATH = "/v2/partners/sub-customers/budget";

    @Inject
    BudgetTracker tracker;

    @Inject
    Clock clock;

    static ValidatableResponse set(String partner, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).body(body)
                .post(PATH).then();
    }

    static ValidatableResponse show(String partner, String customer) {
        return given().auth().oauth2(Tokens.partner(partner)).queryParam("customer_id", customer).get(PATH).then();
    }

    static ValidatableResponse records(String partner, String customer) {
        return given().auth().oauth2(Tokens.partner(partner)).queryParam("customer_id", customer)
                .get(PATH + "/records").then();
    }

    private void spent(String customer, String amount) {
        Tx.onContext(() -> tracker.spendingChanged(new CustomerSpendingChanged(customer,
                YearMonth.parse(BudgetRules.month(clock.instant())), new BigDecimal(amount))));
    }

    private static boolean about(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String type,
                                 String customer) {
        return r.value().contains(type) && r.value().contains(customer);
    }

    @Test
    void aNewResaleCustomerIsFrozenUntilItsBudgetIsSetAndSettingTheSameTargetAgainChangesNothing() {
        String partner = registeredPartner();
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            String customer = associatedCustomer(partner, 2);
            var freeze = billing.await(r -> about(r, BillingEvents.CUSTOMER_FREEZE_REQUESTED.type(), customer), 1,
                    Duration.ofSeconds(30));
            assertThat(freeze.get(0).key()).isEqualTo(partner);
            assertThat(freeze.get(0).value()).contains("AWAITING_BUDGET").contains("\"freeze_type\":\"ACCOUNT\"");

            show(partner, customer).statusCode(404).body("error_code", equalTo("CBC.91006300"));

            Map<String, Object> body = Map.of("customer_id", customer, "budget_amount", 1000,
                    "cancel_partner_frozen", "1");
            set(partner, body).statusCode(204);
            set(partner, body).statusCode(204); // the same target again
            billing.await(r -> about(r, BillingEvents.CUSTOMER_UNFREEZE_REQUESTED.type(), customer), 1,
                    Duration.ofSeconds(30));

            show(partner, customer).statusCode(200)
                    .body("budget_amount", equalTo(1000.00f)).body("used_amount", equalTo(0.00f))
                    .body("budget_type", equalTo("MONTHLY")).body("measure_id", equalTo(1));
            records(partner, customer).statusCode(200).body("total_count", equalTo(1))
                    .body("record_list[0].operation_type", equalTo("SETTING"))
                    .body("record_list[0].budget_amount", equalTo(1000.00f));

            set(partner, Map.of("customer_id", customer, "budget_amount", 1200.50, "budget_type", "PACKAGE"))
                    .statusCode(204);
            records(partner, customer).statusCode(200).body("total_count", equalTo(2))
                    .body("record_list[0].budget_type", equalTo("PACKAGE"));
            assertThat(billing.received(r -> about(r, BillingEvents.CUSTOMER_UNFREEZE_REQUESTED.type(), customer)))
                    .as("unfrozen once: the later calls had nothing of billing's to lift").hasSize(1);
        }
    }

    @Test
    void spendingAnnouncesEachThresholdOnceAndAnExhaustedBudgetAsksForAFreeze() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            set(partner, Map.of("customer_id", customer, "budget_amount", 100, "cancel_partner_frozen", "1"))
                    .statusCode(204);
            billing.await(r -> about(r, BillingEvents.CUSTOMER_UNFREEZE_REQUESTED.type(), customer), 1,
                    Duration.ofSeconds(30));

            spent(customer, "74.99");
            spent(customer, "75.00");
            spent(customer, "75.00"); // the same figure reported again
            var seventyFive = billing.await(r -> about(r, BillingEvents.BUDGET_THRESHOLD_REACHED.type(), customer),
                    1, Duration.ofSeconds(30));
            assertThat(seventyFive.get(0).value()).contains("\"threshold\":75");

            spent(customer, "100.00");
            billing.await(r -> about(r, BillingEvents.BUDGET_THRESHOLD_REACHED.type(), customer), 3,
                    Duration.ofSeconds(30));
            billing.await(r -> about(r, BillingEvents.CUSTOMER_FREEZE_REQUESTED.type(), customer)
                    && r.value().contains("BUDGET_EXHAUSTED"), 1, Duration.ofSeconds(30));
            spent(customer, "130.00");
            show(partner, customer).statusCode(200).body("used_amount", equalTo(130.00f));

            // raising the budget and lifting the freeze: unfrozen, then no new alert of this period
            set(partner, Map.of("customer_id", customer, "budget_amount", 500, "cancel_partner_frozen", "1"))
                    .statusCode(204);
            billing.await(r -> about(r, BillingEvents.CUSTOMER_UNFREEZE_REQUESTED.type(), customer), 2,
                    Duration.ofSeconds(30));
            spent(customer, "140.00");
            String marker = associatedCustomer(partner, 2);
            billing.await(r -> about(r, BillingEvents.CUSTOMER_FREEZE_REQUESTED.type(), marker), 1,
                    Duration.ofSeconds(30));
            assertThat(billing.received(r -> about(r, BillingEvents.BUDGET_THRESHOLD_REACHED.type(), customer)))
                    .as("75, 90 and 100 % once each in this period").hasSize(3);
            assertThat(billing.received(r -> about(r, BillingEvents.CUSTOMER_FREEZE_REQUESTED.type(), customer)
                    && r.value().contains("BUDGET_EXHAUSTED"))).as("asked to freeze once").hasSize(1);
        }
    }

    @Test
    void ingestedConsumptionReachesTheBudgetOfItsMonth() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            set(partner, Map.of("customer_id", customer, "budget_amount", 100, "cancel_partner_frozen", "1"))
                    .statusCode(204);
            ConsumptionTestApi.fund(partner, customer, "500.00");
            YearMonth cycle = YearMonth.parse(BudgetRules.month(clock.instant()));

            ConsumptionTestApi.ingest(List.of(ConsumptionTestApi.record(ConsumptionTestApi.newRecordId(), customer,
                    cycle, "80.00"))).then().statusCode(200);

            var alert = billing.await(r -> about(r, BillingEvents.BUDGET_THRESHOLD_REACHED.type(), customer), 1,
                    Duration.ofSeconds(30));
            assertThat(alert.get(0).value()).contains("\"threshold\":75");
            show(partner, customer).statusCode(200).body("used_amount", equalTo(80.00f));
        }
    }

    @Test
    void anotherPartnersOrAReferralCustomerIsRefusedAndLeftOutOfBatchQueries() {
        String partner = registeredPartner();
        String other = registeredPartner();
        String mine = associatedCustomer(partner, 2);
        String foreign = associatedCustomer(other, 2);
        String referral = associatedCustomer(partner, 1);
        set(other, Map.of("customer_id", foreign, "budget_amount", 10)).statusCode(204);
        set(partner, Map.of("customer_id", mine, "budget_amount", 20)).statusCode(204);

        set(partner, Map.of("customer_id", foreign, "budget_amount", 10)).statusCode(400)
                .body("error_code", equalTo("CBC.99000035"));
        show(partner, foreign).statusCode(400).body("error_code", equalTo("CBC.99000035"));
        records(partner, foreign).statusCode(400).body("error_code", equalTo("CBC.99000035"));
        set(partner, Map.of("customer_id", referral, "budget_amount", 10)).statusCode(400)
                .body("error_code", equalTo("CBC.5024"));
        set(partner, Map.of("customer_id", mine, "budget_amount", 10, "indirect_partner_id", other)).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));

        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("customer_ids", List.of(mine, foreign, referral, "no-such-customer")))
                .post(PATH + "/query").then().statusCode(200)
                .body("budget_infos", hasSize(1))
                .body("budget_infos[0].customer_id", equalTo(mine))
                .body("budget_infos[0].budget_amount", equalTo(20.00f));
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("customer_ids", List.of(foreign)))
                .post(PATH + "/query").then().statusCode(200).body("budget_infos", empty());
        show(other, foreign).statusCode(200).body("budget_amount", equalTo(10.00f));
    }

    @Test
    void badInputIsACatalogedClientError() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        for (Map<String, ?> body : List.<Map<String, ?>>of(
                Map.of("customer_id", customer, "budget_amount", -1),
                Map.of("customer_id", customer, "budget_amount", 1.234),
                Map.of("customer_id", customer, "budget_amount", 10, "budget_type", "YEARLY"),
                Map.of("customer_id", customer, "budget_amount", 10, "cancel_partner_frozen", "2"),
                Map.of("customer_id", customer, "budget_amount", 10, "frozen_operate_type", 3))) {
            set(partner, body).statusCode(400).body("error_code", equalTo("CBC.0100"));
        }
        set(partner, Map.of("customer_id", customer)).statusCode(400).body("error_code", equalTo("CBC.0101"));
        set(partner, Map.of("budget_amount", 10)).statusCode(400).body("error_code", equalTo("CBC.0101"));
        set(partner, Map.of("customer_id", customer, "budget_amount", "ten")).statusCode(400);
        show(partner, "").statusCode(400).body("error_code", equalTo("CBC.0101"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("c" + i);
        }
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("customer_ids", tooMany)).post(PATH + "/query").then().statusCode(400)
                .body("error_code", equalTo("CBC.0100"));
        given().auth().oauth2(Tokens.partner(partner)).queryParam("customer_id", customer)
                .queryParam("operation_type", "CHANGE").get(PATH + "/records").then().statusCode(400)
                .body("error_code", equalTo("CBC.0100"));
        given().auth().oauth2(Tokens.partner(Tokens.newPartnerId())).queryParam("customer_id", customer)
                .get(PATH).then().statusCode(403).body("error_code", equalTo("CBC.5001"));
    }
}
