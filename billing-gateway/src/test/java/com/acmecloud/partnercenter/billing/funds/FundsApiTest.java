package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.disassociated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.BillingTestApi.typeChanged;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CHANGE_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CUSTOMER_BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_RECLAIM;
import static com.acmecloud.partnercenter.billing.FundsTestApi.allocate;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.balance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.customerBalance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.billing.FundsTestApi.reclaim;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Allocation, reclaim, unbind reclaim, reseller transfers and operator funding, end to end (rules 34–40). */
@QuarkusTest
class FundsApiTest {

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void allocationAndReclaimMoveMoneyAndShowInBalancesRecordsAndEvents() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "1000.00");
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            String transferId = allocate(partner, customer, 300.25).statusCode(200)
                    .body("transfer_id", startsWith("AD")).extract().path("transfer_id");
            String transId = reclaim(partner, customer, 100).statusCode(200)
                    .body("trans_id", startsWith("RE")).extract().path("trans_id");

            // rule 34: allocatable = balance + credit - allocated; the balance itself stays
            assertThat(balance(partner, 1)).isEqualByComparingTo("1000.00");
            assertThat(balance(partner, 8)).isEqualByComparingTo("799.75");
            assertThat(customerBalance(partner, customer)).isEqualByComparingTo("200.25");

            // rule 38: both are adjust records with their trans ids
            JsonPath records = as(Tokens.partner(partner)).queryParam("customer_id", customer).get(ADJUST_RECORDS)
                    .then().statusCode(200).body("total_count", equalTo(2)).extract().jsonPath();
            assertThat(records.getList("records.trans_id")).containsExactly(transId, transferId);
            assertThat(records.getList("records.operation_type"))
                    .containsExactly("SOURCE_OPERATION_BERETRIEVE", "SOURCE_OPERATION_BEADJUST");
            assertThat(records.getList("records.amount")).containsExactly("100.00", "300.25");
            as(Tokens.partner(partner)).queryParam("operation_type", "SOURCE_OPERATION_BEADJUST")
                    .get(ADJUST_RECORDS).then().body("total_count", equalTo(1))
                    .body("records[0].trans_id", equalTo(transferId));
            as(Tokens.partner(partner)).queryParam("trans_id", transId).get(ADJUST_RECORDS).then()
                    .body("total_count", equalTo(1));

            // the partner's income and expense: recharge in, allocation out, reclaim in (balance after = allocatable)
            JsonPath changes = as(Tokens.partner(partner)).queryParam("balance_type", "BALANCE_TYPE_DEBIT")
                    .get(CHANGE_RECORDS).then().statusCode(200).body("total_count", equalTo(3)).extract().jsonPath();
            assertThat(changes.getList("records.trade_detail_type")).containsExactly("BERETRIEVE", "BEADJUST",
                    "RECHARGE");
            assertThat(changes.getList("records.type")).containsExactly("1", "2", "1");
            assertThat(changes.getList("records.balance_after_change")).containsExactly("799.75", "699.75",
                    "1000.00");
            as(Tokens.partner(partner)).queryParam("balance_type", "BALANCE_TYPE_DEBIT")
                    .queryParam("trade_type", "BEADJUST").get(CHANGE_RECORDS).then().body("total_count", equalTo(1));

            // the money events of this partner (its resale association also opened an account and, budgets being
            // on, asked for a freeze until a budget is set: those are other features' events)
            var events = billing.await(r -> partner.equals(r.key())
                    && (r.value().contains(BillingEvents.PARTNER_ACCOUNT_RECHARGED.type())
                    || r.value().contains(BillingEvents.FUNDS_ALLOCATED.type())
                    || r.value().contains(BillingEvents.FUNDS_RECLAIMED.type())), 3, Duration.ofSeconds(30));
            assertThat(events).extracting(r -> r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
                    .containsExactly(BillingEvents.PARTNER_ACCOUNT_RECHARGED.type(), BillingEvents.FUNDS_ALLOCATED.type(),
                            BillingEvents.FUNDS_RECLAIMED.type());
        }
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void noMoreThanTheAllocatableAmountOrTheRemainingAllocationMoves() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "50.00");

        // rule 35: at most the allocatable amount
        assertCbcError("rule 35", allocate(partner, customer, 50.01).extract().response(), 400, "CBC.99005003");
        allocate(partner, customer, 50).statusCode(200);
        assertCbcError("rule 35, nothing left", allocate(partner, customer, 0.01).extract().response(), 400,
                "CBC.99005003");
        // rule 36: at most the customer's remaining allocation
        assertCbcError("rule 36", reclaim(partner, customer, 50.01).extract().response(), 400, "CBC.99005003");
        reclaim(partner, customer, 50).statusCode(200);
        assertThat(balance(partner, 8)).isEqualByComparingTo("50.00");
        assertThat(customerBalance(partner, customer)).isEqualByComparingTo("0.00");
        LedgerInvariants.assertNoNegativeBalance();
    }

    @Test
    void creditCountsInTheAllocatableAmountAndCannotBeLoweredBelowWhatIsUsed() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        as(Tokens.operator()).body(Map.of("credit_limit", 100, "reason", "annual review"))
                .put("/v2/operations/partners/{id}/credit-limit", partner).then().statusCode(200)
                .body("value_before", equalTo(0.0f)).body("value_after", equalTo(100.0f));
        assertThat(balance(partner, 2)).isEqualByComparingTo("100.00");
        allocate(partner, customer, 80).statusCode(200);

        assertCbcError("credit below what is allocated", as(Tokens.operator())
                .body(Map.of("credit_limit", 79.99, "reason", "cut")).put("/v2/operations/partners/{id}/credit-limit",
                        partner).then().extract().response(), 400, "CBC.99005003");
        as(Tokens.operator()).body(Map.of("credit_limit", 80, "reason", "cut"))
                .put("/v2/operations/partners/{id}/credit-limit", partner).then().statusCode(200);
        assertThat(balance(partner, 8)).isEqualByComparingTo("0.00");

        JsonPath audits = as(Tokens.operator()).get("/v2/operations/partners/{id}/funds-audits", partner).then()
                .statusCode(200).body("total_count", equalTo(2)).extract().jsonPath();
        assertThat(audits.getList("audits.change_type")).containsOnly("CREDIT_LIMIT");
        assertThat(audits.getList("audits.changed_by")).containsOnly("operator-1");
        assertThat(audits.getList("audits.reason")).containsExactly("cut", "annual review");
        // partners cannot fund themselves; unknown partners get nothing
        assertCbcError("partner role", as(Tokens.partner(partner)).body(Map.of("amount", 1, "reason", "x"))
                .post("/v2/operations/partners/{id}/recharges", partner).then().extract().response(), 403, "CBC.0151");
        assertCbcError("unknown partner", as(Tokens.operator()).body(Map.of("amount", 1, "reason", "x"))
                .post("/v2/operations/partners/{id}/recharges", Tokens.newPartnerId()).then().extract().response(),
                404, "CBC.91001001");
    }

    @Test
    void referralCustomersHaveNoFundsAndAreLeftOutOfBalanceQueries() {
        String partner = registeredPartner();
        String referral = associatedCustomer(partner, 1);
        String resale = associatedCustomer(partner, 2);
        recharge(partner, "10.00");

        // rule 39
        assertCbcError("rule 39 allocate", allocate(partner, referral, 1).extract().response(), 400, "CBC.91006001");
        assertCbcError("rule 39 reclaim", reclaim(partner, referral, 1).extract().response(), 400, "CBC.91006001");
        as(Tokens.partner(partner)).body(Map.of("customer_infos", List.of(Map.of("customer_id", referral),
                        Map.of("customer_id", resale))))
                .post(CUSTOMER_BALANCES).then().statusCode(200)
                .body("customer_balances.customer_id", equalTo(List.of(resale)));
    }

    @Test
    void resaleCustomersSeeTheirBalanceButNotTheirIncomeAndExpenseDetails() {
        String partner = registeredPartner();
        String resale = associatedCustomer(partner, 2);
        String referral = associatedCustomer(partner, 1);
        recharge(partner, "10.00");
        allocate(partner, resale, 7.5).statusCode(200);

        as(Tokens.customer(resale)).get("/v2/accounts/customer-accounts/balances").then().statusCode(200)
                .body("account_balances[0].amount", equalTo(7.5f)).body("debt_amount", equalTo(0.0f))
                .body("currency", equalTo("CNY"));
        // rule 40
        assertCbcError("rule 40", as(Tokens.customer(resale)).get("/v2/accounts/customer-accounts/account-change-records")
                .then().extract().response(), 400, "CBC.99000084");
        as(Tokens.customer(referral)).get("/v2/accounts/customer-accounts/account-change-records").then()
                .statusCode(200).body("total_count", equalTo(0));
        assertCbcError("partner token", as(Tokens.partner(partner)).get("/v2/accounts/customer-accounts/balances")
                .then().extract().response(), 403, "CBC.0151");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndMovesNothing() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "100.00");

        String first = as(Tokens.partner(partner)).header("Idempotency-Key", "k-1")
                .body(body("customer_id", customer, "amount", 10)).post(ADJUST).then().statusCode(200)
                .extract().path("transfer_id");
        as(Tokens.partner(partner)).header("Idempotency-Key", "k-1").body(body("customer_id", customer, "amount", 10))
                .post(ADJUST).then().statusCode(200).header("Idempotency-Replayed", "true")
                .body("transfer_id", equalTo(first));
        assertCbcError("same key, other body", as(Tokens.partner(partner)).header("Idempotency-Key", "k-1")
                .body(body("customer_id", customer, "amount", 11)).post(ADJUST).then().extract().response(), 400,
                "CBC.99007009");

        // the body's trans_id: the same with the same request replays, with another request is refused
        String second = as(Tokens.partner(partner)).body(body("customer_id", customer, "amount", 5, "trans_id", "t-1"))
                .post(ADJUST).then().statusCode(200).extract().path("transfer_id");
        as(Tokens.partner(partner)).body(body("customer_id", customer, "amount", 5, "trans_id", "t-1")).post(ADJUST)
                .then().statusCode(200).body("transfer_id", equalTo(second));
        assertCbcError("same trans_id, other amount", as(Tokens.partner(partner))
                .body(body("customer_id", customer, "amount", 6, "trans_id", "t-1")).post(ADJUST).then().extract()
                .response(), 400, "CBC.99007009");

        assertThat(customerBalance(partner, customer)).isEqualByComparingTo("15.00");
        as(Tokens.partner(partner)).get(ADJUST_RECORDS).then().body("total_count", equalTo(2));
    }

    @Test
    void aDistributorMovesMoneyToAndFromItsLinkedResellerOnly() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        String stranger = registeredPartner();
        recharge(distributor, "500.00");

        as(Tokens.partner(distributor)).body(body("indirect_partner_id", reseller, "amount", 200))
                .post(INDIRECT_ADJUST).then().statusCode(200).body("transfer_id", startsWith("TR"));
        assertThat(balance(distributor, 8)).isEqualByComparingTo("300.00");
        assertThat(new BigDecimal(as(Tokens.partner(distributor)).queryParam("indirect_partner_id", reseller)
                .get(BALANCES).then().statusCode(200).extract().jsonPath()
                .getString("account_balances.find { it.account_type == 1 }.amount"))).isEqualByComparingTo("200.00");

        // the reseller allocates to its customer; the distributor acts for it with indirect_partner_id
        String customer = associatedCustomer(reseller, 2);
        as(Tokens.partner(distributor)).body(body("customer_id", customer, "amount", 50, "indirect_partner_id",
                reseller)).post(ADJUST).then().statusCode(200);
        assertThat(balance(reseller, 8)).isEqualByComparingTo("150.00");
        // rule 36: a reseller reclaim takes at most the reseller's balance it can give
        assertCbcError("more than the reseller has", as(Tokens.partner(distributor))
                .body(body("indirect_partner_id", reseller, "amount", 150.01)).post(INDIRECT_RECLAIM).then()
                .extract().response(), 400, "CBC.99005003");
        as(Tokens.partner(distributor)).body(body("indirect_partner_id", reseller, "amount", 150))
                .post(INDIRECT_RECLAIM).then().statusCode(200).body("trans_id", startsWith("TR"));
        assertThat(balance(distributor, 8)).isEqualByComparingTo("450.00");

        for (String path : List.of(INDIRECT_ADJUST, INDIRECT_RECLAIM)) {
            assertCbcError(path, as(Tokens.partner(distributor)).body(body("indirect_partner_id", stranger,
                    "amount", 1)).post(path).then().extract().response(), 400, "CBC.99000037");
        }
        assertCbcError("reseller acting for its distributor", as(Tokens.partner(reseller))
                .body(body("indirect_partner_id", distributor, "amount", 1)).post(INDIRECT_ADJUST).then().extract()
                .response(), 400, "CBC.99000037");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void leavingResaleReturnsTheRemainingAllocationOnceAsAnUnbindReclaim() {
        String partner = registeredPartner();
        String leaving = associatedCustomer(partner, 2);
        String switching = associatedCustomer(partner, 2);
        recharge(partner, "100.00");
        allocate(partner, leaving, 30).statusCode(200);
        allocate(partner, switching, 20).statusCode(200);
        reclaim(partner, leaving, 5).statusCode(200);

        CloudEvent disassociation = disassociated(partner, leaving, 2);
        CloudEvent toReferral = typeChanged(partner, switching, 2, 1);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            publish(CustomerEvents.TOPIC, partner, disassociation);
            publish(CustomerEvents.TOPIC, partner, disassociation); // redelivered: changes nothing
            publish(CustomerEvents.TOPIC, partner, toReferral);
            publish(CustomerEvents.TOPIC, partner, toReferral);
            awaitCustomer(switching, CustomerProjection::isReferral);
            CustomerProjection left = awaitCustomer(leaving, c -> c.partnerId == null);
            assertThat(left.minGracePeriodDays).as("rule 14: at least 7 days after leaving resale").isEqualTo(7);

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(balance(partner, 8)).isEqualByComparingTo("100.00"));
            JsonPath unbinds = as(Tokens.partner(partner)).queryParam("operation_type", "SOURCE_OPERATION_BEUNBIND")
                    .get(ADJUST_RECORDS).then().statusCode(200).body("total_count", equalTo(2)).extract().jsonPath();
            assertThat(unbinds.getList("records.amount")).containsExactlyInAnyOrder("25.00", "20.00");
            assertThat(unbinds.getList("records.customer_id")).containsExactlyInAnyOrder(leaving, switching);
            var events = billing.await(r -> r.value().contains(BillingEvents.FUNDS_UNBIND_RECLAIMED.type()), 2,
                    Duration.ofSeconds(30));
            assertThat(events).allMatch(r -> partner.equals(r.key()));
            assertThat(billing.received(r -> r.value().contains(BillingEvents.FUNDS_UNBIND_RECLAIMED.type())))
                    .hasSize(2);
        }
        // gone from resale: no more allocation to either
        assertCbcError("after leaving", allocate(partner, leaving, 1).extract().response(), 400, "CBC.99000035");
        assertCbcError("after the switch", allocate(partner, switching, 1).extract().response(), 400, "CBC.91006001");
        LedgerInvariants.assertBalancesEqualEntries();
    }
}
