package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.CUSTOMER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.INDIVIDUAL;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.PARTNER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.REVIEWS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.change;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuthId;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.recordConsent;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.result;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitEnterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner acts for its own sub-customers only; reviews are for operators only. */
@QuarkusTest
class RealNameTenantIsolationTest {

    @Test
    void anotherPartnersCustomerOrAnUnknownOneIsNotYourSubCustomer() {
        String owner = enabledPartner();
        String intruder = enabledPartner();
        String customer = consentedCustomer(owner);
        submitIndividual(owner, individual(customer)).statusCode(200);

        for (String target : new String[] {customer, "no-such-customer"}) {
            notYours(submitIndividual(intruder, individual(target)));
            notYours(submitEnterprise(intruder, enterprise(target)));
            notYours(change(intruder, enterprise(target, "change_type", 1)));
            notYours(result(intruder, target));
            notYours(recordConsent(intruder, target));
            notYours(as(Tokens.partner(intruder)).queryParam("customer_id", target).get(PARTNER_CONSENTS).then());
        }
        // the owner still sees its customer unchanged
        result(owner, customer).statusCode(200).body("review_result", equalTo(0));
        as(Tokens.partner(owner)).queryParam("customer_id", customer).get(PARTNER_CONSENTS).then()
                .statusCode(200).body("total_count", equalTo(1));
    }

    @Test
    void aCustomerThatLeftItsPartnerIsNoLongerItsSubCustomer() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        as(Tokens.partner(partner)).body(Map.of()).post("/v2/partners/sub-customers/" + customer + "/disassociate")
                .then().statusCode(200);

        notYours(submitIndividual(partner, individual(customer)));
        notYours(result(partner, customer));
        notYours(recordConsent(partner, customer));
        notYours(as(Tokens.partner(partner)).body(Map.of("label", "gone"))
                .put("/v2/partners/sub-customers/" + customer + "/label").then());
    }

    @Test
    void reviewsAreForOperatorsOnly() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        submitIndividual(partner, individual(customer)).statusCode(200);
        String authId = latestAuthId(customer);

        assertCbcError("partner lists reviews", as(Tokens.partner(partner)).get(REVIEWS), 403, "CBC.0151");
        assertCbcError("partner approves", as(Tokens.partner(partner)).body(Map.of("result", "APPROVED"))
                .post("/v2/customers/realname-auths/" + authId + "/review"), 403, "CBC.0151");
        assertCbcError("customer approves", as(Tokens.customer(customer)).body(Map.of("result", "APPROVED"))
                .post("/v2/customers/realname-auths/" + authId + "/review"), 403, "CBC.0151");
        assertCbcError("anonymous lists", io.restassured.RestAssured.given().get(REVIEWS), 401, "CBC.0154");
        result(partner, customer).body("review_result", equalTo(0));

        as(Tokens.operator()).queryParam("limit", 100).get(REVIEWS).then().statusCode(200);
        as(Tokens.operator()).queryParam("status", "REVIEWING").queryParam("limit", 100).queryParam("offset", 0)
                .get(REVIEWS).then().statusCode(200);
    }

    @Test
    void theHuaweiApisAreForPartnersAndConsentsForTheirOwners() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        assertCbcError("customer submits its own", as(Tokens.customer(customer)).body(individual(customer))
                .post(INDIVIDUAL), 403, "CBC.0151");
        assertCbcError("operator submits", as(Tokens.operator()).body(individual(customer))
                .post(INDIVIDUAL), 403, "CBC.0151");
        assertCbcError("partner records as a customer", as(Tokens.partner(partner)).body(Map.of("text_version", "v1"))
                .post(CUSTOMER_CONSENTS), 403, "CBC.0151");
        assertCbcError("customer records as a partner", as(Tokens.customer(customer)).body(Map.of("customer_id", customer,
                "text_version", "v1", "consented_at", "2026-01-01T00:00:00Z")).post(PARTNER_CONSENTS), 403, "CBC.0151");
        assertCbcError("partner token without partner", as(Tokens.partnerWithoutPartnerId()).body(individual(customer))
                .post(INDIVIDUAL), 403, "CBC.91001003");
        // another customer's token reads its own consents only
        String other = consentedCustomer(partner);
        as(Tokens.customer(other)).get(CUSTOMER_CONSENTS).then().statusCode(200).body("total_count", equalTo(1))
                .body("privacy_consents.customer_id", hasItem(other));
    }

    private static void notYours(ValidatableResponse response) {
        response.statusCode(400).body("error_code", equalTo("CBC.99000035"));
    }
}
