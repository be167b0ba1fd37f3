package com.acmecloud.partnercenter.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The money path across the packaged services, connected only by the broker: partner-service registers a partner,
 * customer-service creates its resale customer, and billing-gateway — which learns of both from partner.events and
 * customer.events — takes an operator's recharge, the partner's allocation and reclaim, and answers balances and
 * adjust records as Huawei does (rules 34, 36, 38).
 */
class MoneyReachesResaleCustomersIT {

    private static final Duration PROJECTED = Duration.ofSeconds(60);

    private static Suite suite;
    private static ServiceProcess billing;
    private static PartnerServiceApi partners;
    private static CustomerServiceApi customers;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
        billing = suite.startBillingGateway();
        partners = new PartnerServiceApi(suite.partnerService());
        customers = new CustomerServiceApi(suite.customerService());
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void anOperatorsRechargeIsAllocatedToAResaleCustomerAndPartlyReclaimed() {
        String partner = partners.registeredPartner();
        partners.assignPlatform(partner);
        // billing serves the partner once partner.registered.v1 is projected (403 CBC.5001 before)
        await().atMost(PROJECTED).untilAsserted(() -> billing.as(Tokens.partner(partner))
                .get("/v2/accounts/partner-accounts/balances").then().statusCode(200));
        billing.as(Tokens.operator()).body(Map.of("amount", new BigDecimal("1000.00"), "reason", "suite test"))
                .post("/v2/operations/partners/{id}/recharges", partner).then().statusCode(200);

        // and customer-service creates its customers once it projected the registration and the platform id
        PartnerProjectionRow.await(suite.customerDatabase(), partner,
                row -> row.registered() && PartnerServiceApi.platformOf(partner).equals(row.xaccountType()));
        String customer = customers.createSubCustomer(partner).then().statusCode(200).extract().path("domain_id");
        // the resale association reaches billing by customer.events; until then the customer is not the partner's
        String transferId = await().atMost(PROJECTED).until(() -> billing.as(Tokens.partner(partner))
                        .body(Map.of("customer_id", customer, "amount", new BigDecimal("300.00")))
                        .post("/v2/accounts/partner-accounts/adjust-amount").then().extract(),
                response -> response.statusCode() == 200).path("transfer_id");
        assertThat(transferId).startsWith("AD");
        String transId = billing.as(Tokens.partner(partner))
                .body(Map.of("customer_id", customer, "amount", new BigDecimal("120.50")))
                .post("/v2/accounts/partner-accounts/reclaim").then().statusCode(200).extract().path("trans_id");

        billing.as(Tokens.partner(partner)).body(Map.of("customer_infos", List.of(Map.of("customer_id", customer))))
                .post("/v2/accounts/customer-accounts/balances/batch-query").then().statusCode(200)
                .body("customer_balances[0].customer_id", equalTo(customer))
                .body("customer_balances[0].amount", equalTo(179.50f));
        JsonPath balances = billing.as(Tokens.partner(partner)).get("/v2/accounts/partner-accounts/balances")
                .then().statusCode(200).extract().jsonPath();
        assertThat(balances.getDouble("account_balances.find { it.account_type == 1 }.amount"))
                .as("the recharge balance, which allocations do not lower (rule 34)").isEqualTo(1000.00);
        assertThat(balances.getDouble("account_balances.find { it.account_type == 8 }.amount"))
                .as("allocatable = balance + credit - allocated").isEqualTo(820.50);
        billing.as(Tokens.partner(partner)).queryParam("customer_id", customer)
                .get("/v3/accounts/partner-accounts/adjust-records").then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("records.find { it.trans_id == '" + transferId + "' }.operation_type",
                        equalTo("SOURCE_OPERATION_BEADJUST"))
                .body("records.find { it.trans_id == '" + transId + "' }.operation_type",
                        equalTo("SOURCE_OPERATION_BERETRIEVE"));
    }
}
