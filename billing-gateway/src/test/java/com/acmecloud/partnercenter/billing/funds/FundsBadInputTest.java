package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CHANGE_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CUSTOMER_BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_RECLAIM;
import static com.acmecloud.partnercenter.billing.FundsTestApi.RECLAIM;
import static com.acmecloud.partnercenter.billing.FundsTestApi.allocate;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.balance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.customerBalance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a CBC 4xx and moves nothing; partners billing does not know get CBC.5001 on every partner operation;
 * another partner's customer ids and trans ids get nothing on every endpoint (never telling whether they exist).
 */
@QuarkusTest
class FundsBadInputTest {

    static final List<String> MONEY_PATHS = List.of(ADJUST, RECLAIM);

    @Test
    void badAmountsAreParameterErrorsAndMoveNothing() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "100.00");

        for (String path : MONEY_PATHS) {
            Map<String, Object[]> cases = Map.of(
                    "three decimals", new Object[] {1.005, "CBC.0100"},
                    "zero", new Object[] {0, "CBC.0100"},
                    "negative", new Object[] {-1, "CBC.0100"},
                    "huge", new Object[] {new java.math.BigDecimal("1e30"), "CBC.0100"},
                    "a string", new Object[] {"10.00", "CBC.0101"},
                    "a boolean", new Object[] {true, "CBC.0101"});
            cases.forEach((name, value) -> {
                var response = as(Tokens.partner(partner)).body(body("customer_id", customer, "amount", value[0]))
                        .post(path).then().extract().response();
                assertThat(response.statusCode()).as(path + " " + name).isEqualTo(400);
                assertThat(response.jsonPath().getString("error_code")).as(path + " " + name)
                        .isIn("CBC.0100", "CBC.0101");
                assertCbcError(path + " " + name, response, 400, response.jsonPath().getString("error_code"));
            });
            assertCbcError(path + " missing amount", as(Tokens.partner(partner)).body(body("customer_id", customer))
                    .post(path).then().extract().response(), 400, "CBC.0101");
            assertCbcError(path + " missing customer", as(Tokens.partner(partner)).body(body("amount", 1))
                    .post(path).then().extract().response(), 400, "CBC.0101");
            assertCbcError(path + " control characters", as(Tokens.partner(partner))
                    .body(body("customer_id", "cust\u0000x", "amount", 1)).post(path).then().extract().response(),
                    400, "CBC.0100");
            assertCbcError(path + " not JSON", as(Tokens.partner(partner)).body("{\"amount\":").post(path).then()
                    .extract().response(), 400, "CBC.0100");
            assertCbcError(path + " bad trans_id", as(Tokens.partner(partner))
                    .body(body("customer_id", customer, "amount", 1, "trans_id", "a b")).post(path).then().extract()
                    .response(), 400, "CBC.0100");
        }
        for (String query : List.of("offset=-1", "limit=101", "limit=x", "operation_type=BEADJUST",
                "operation_time_begin=2026-01-01", "operation_time_begin=2026-02-01T00:00:00Z&operation_time_end="
                        + "2026-01-01T00:00:00Z")) {
            assertCbcError(query, as(Tokens.partner(partner)).get(ADJUST_RECORDS + "?" + query).then().extract()
                    .response(), 400, "CBC.0100");
        }
        assertCbcError("balance_type missing", as(Tokens.partner(partner)).get(CHANGE_RECORDS).then().extract()
                .response(), 400, "CBC.0101");
        for (String query : List.of("balance_type=CASH", "balance_type=BALANCE_TYPE_DEBIT&trade_type=GIFT",
                "balance_type=BALANCE_TYPE_DEBIT&trade_time_begin=2026-13-01",
                "balance_type=BALANCE_TYPE_DEBIT&trade_time_begin=2026-02-02&trade_time_end=2026-02-01")) {
            assertCbcError(query, as(Tokens.partner(partner)).get(CHANGE_RECORDS + "?" + query).then().extract()
                    .response(), 400, "CBC.0100");
        }
        assertCbcError("101 customers", as(Tokens.partner(partner)).body(Map.of("customer_infos",
                java.util.Collections.nCopies(101, Map.of("customer_id", customer)))).post(CUSTOMER_BALANCES).then()
                .extract().response(), 400, "CBC.0100");

        assertThat(balance(partner, 8)).isEqualByComparingTo("100.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void aPartnerBillingDoesNotKnowGetsNothing() {
        String unknown = Tokens.newPartnerId();
        for (String path : List.of(ADJUST, RECLAIM, INDIRECT_ADJUST, INDIRECT_RECLAIM, CUSTOMER_BALANCES)) {
            assertCbcError(path, as(Tokens.partner(unknown)).body(body("customer_id", "c", "amount", 1,
                    "indirect_partner_id", "r", "customer_infos", List.of(Map.of("customer_id", "c"))))
                    .post(path).then().extract().response(), 403, "CBC.5001");
        }
        for (String path : List.of(BALANCES, ADJUST_RECORDS, CHANGE_RECORDS + "?balance_type=BALANCE_TYPE_DEBIT")) {
            assertCbcError(path, as(Tokens.partner(unknown)).get(path).then().extract().response(), 403, "CBC.5001");
        }
        assertCbcError("no token", io.restassured.RestAssured.given().get(BALANCES).then().extract().response(), 401,
                "CBC.0154");
    }

    @Test
    void anotherPartnersCustomersAndTransactionsGetNothing() {
        String owner = registeredPartner();
        String other = registeredPartner();
        String customer = associatedCustomer(owner, 2);
        recharge(owner, "100.00");
        recharge(other, "100.00");
        String transferId = allocate(owner, customer, 40).statusCode(200).extract().path("transfer_id");
        String unknownCustomer = "cust-does-not-exist";

        for (String path : MONEY_PATHS) {
            for (String foreign : List.of(customer, unknownCustomer)) {
                assertCbcError(path + " " + foreign, as(Tokens.partner(other))
                        .body(body("customer_id", foreign, "amount", 1)).post(path).then().extract().response(), 400,
                        "CBC.99000035");
            }
        }
        // the other partner's records and balances know nothing of the owner's customer or trans id
        as(Tokens.partner(other)).queryParam("customer_id", customer).get(ADJUST_RECORDS).then().statusCode(200)
                .body("total_count", equalTo(0));
        as(Tokens.partner(other)).queryParam("trans_id", transferId).get(ADJUST_RECORDS).then().statusCode(200)
                .body("total_count", equalTo(0));
        as(Tokens.partner(other)).queryParam("balance_type", "BALANCE_TYPE_DEBIT").get(CHANGE_RECORDS).then()
                .statusCode(200).body("records.trade_id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        transferId)));
        assertThat(customerBalance(other, customer)).isNull();
        // a reseller id that is not linked to the caller is refused on every endpoint that takes one
        String[] pair = distributorWithReseller();
        for (String path : List.of(ADJUST, RECLAIM)) {
            assertCbcError(path, as(Tokens.partner(other)).body(body("customer_id", customer, "amount", 1,
                    "indirect_partner_id", pair[1])).post(path).then().extract().response(), 400, "CBC.99000037");
        }
        for (String path : List.of(BALANCES, ADJUST_RECORDS, CHANGE_RECORDS + "?balance_type=BALANCE_TYPE_DEBIT")) {
            assertCbcError(path, as(Tokens.partner(other)).queryParam("indirect_partner_id", pair[1]).get(path)
                    .then().extract().response(), 400, "CBC.99000037");
        }
        assertCbcError("batch query", as(Tokens.partner(other)).body(Map.of("customer_infos",
                List.of(Map.of("customer_id", customer)), "indirect_partner_id", pair[1])).post(CUSTOMER_BALANCES)
                .then().extract().response(), 400, "CBC.99000037");
        // the owner's money did not move
        assertThat(customerBalance(owner, customer)).isEqualByComparingTo("40.00");
        assertThat(balance(other, 8)).isEqualByComparingTo("100.00");
    }
}
