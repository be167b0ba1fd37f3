package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.inviteCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newSubject;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.preview;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.sendSignUpCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.statusOf;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.CustomerTestApi;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Rule 10: a customer registered on the other site (its token's claim {@code site}; this deployment serves CN, the
 * default of {@code partnercenter.site}) cannot associate here nor act on an association: 403 CBC.0156 and nothing
 * is written. A token that names this site, or none, acts as before; a site claim other than CN or INTL is CBC.0155.
 */
@QuarkusTest
class CustomerSiteTest {

    @Inject
    SubCustomerRepository customers;
    @Inject
    AssociationHistoryRepository history;
    @Inject
    DevOutbox outbox;

    @Test
    void anIntlAccountCannotAcceptAndTheInvitationStaysUsableForTheSameAccountOfThisSite() {
        String partner = registeredPartner();
        String customerId = account(null, null, null, Instant.now());
        String code = inviteCode(partner, registerAccount(partner, customerId), "OFFLINE", 2);

        assertCbcError("preview", preview(Tokens.customer(customerId, "INTL"), code).extract().response(), 403,
                "CBC.0156");
        assertCbcError("accept", accept(Tokens.customer(customerId, "INTL"), code, null).extract().response(), 403,
                "CBC.0156");

        SubCustomer untouched = Tx.call(() -> customers.findById(customerId));
        assertThat(untouched.partnerId).isNull();
        assertThat(Tx.call(() -> history.ofCustomer(customerId))).isEmpty();
        assertThat(statusOf(partner, registrationOf(partner, customerId))).isEqualTo("ACTIVE");

        // the same account with a token of this site (explicit CN) associates: nothing of the refusal was kept
        accept(Tokens.customer(customerId, "CN"), code, null).statusCode(200)
                .body("customer_id", equalTo(customerId)).body("partner_id", equalTo(partner));
    }

    @Test
    void aPersonOfTheOtherSiteGetsNoSignUpCodeAndNoAccount() {
        String partner = registeredPartner();
        String mobile = newMobile();
        String code = inviteCode(partner, registerMobile(partner, mobile), "OFFLINE", 1);
        String subject = newSubject();
        String intl = Tokens.customerWithoutAccount(subject, "INTL");

        assertCbcError("code", sendSignUpCode(intl, code, "mobile_phone", mobile).extract().response(), 403,
                "CBC.0156");
        assertThat(outbox.to(mobile)).isEmpty();
        assertCbcError("sign-up", accept(intl, code, body("mobile_phone", mobile, "verification_code", "123456",
                "password", "Secret-2026")).extract().response(), 403, "CBC.0156");
        assertThat(Tx.call(() -> customers.findByOwnerSubject(subject))).isNull();

        // a person of this site with the same invitation is sent a code
        sendSignUpCode(Tokens.customerWithoutAccount(newSubject()), code, "mobile_phone", mobile).statusCode(204);
        assertThat(outbox.to(mobile)).hasSize(1);
    }

    @Test
    void aCustomerOfTheOtherSiteActsOnNoAssociation() {
        String partner = registeredPartner();
        String customerId = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customerId, "1");
        String intl = Tokens.customer(customerId, "INTL");

        assertCbcError("read", CustomerTestApi.as(intl).get("/v2/customers/association"), 403, "CBC.0156");
        assertCbcError("confirm", CustomerTestApi.as(intl)
                .post("/v2/customers/association-type-changes/{request}/confirm", requestId), 403, "CBC.0156");
        assertCbcError("reject", CustomerTestApi.as(intl)
                .post("/v2/customers/association-type-changes/{request}/reject", requestId), 403, "CBC.0156");
        assertCbcError("leave", CustomerTestApi.as(intl).body(body("reason", "moving"))
                .post("/v2/customers/association/disassociate"), 403, "CBC.0156");

        SubCustomer unchanged = Tx.call(() -> customers.findById(customerId));
        assertThat(unchanged.partnerId).isEqualTo(partner);
        assertThat(unchanged.associationType.intValue()).isEqualTo(SubCustomer.RESALE);
        // the request is still pending: the customer of this site decides it
        CustomerTestApi.as(Tokens.customer(customerId)).get("/v2/customers/association").then().statusCode(200)
                .body("pending_type_change.request_id", equalTo(requestId));
        CustomerTestApi.as(Tokens.customer(customerId, "CN"))
                .post("/v2/customers/association-type-changes/{request}/confirm", requestId).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aSiteClaimOtherThanCnOrIntlIsRefusedNamingTheClaim() {
        String customerId = account(null, null, null, Instant.now());
        var response = CustomerTestApi.as(Tokens.customer(customerId, "cn-north"))
                .get("/v2/customers/association");
        assertCbcError("junk site", response, 403, "CBC.0155");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("site");
    }

    private static String registrationOf(String partner, String customerId) {
        return com.acmecloud.partnercenter.customer.deals.DealsTestApi
                .queryRegistrations(partner, body("customer_id", customerId)).statusCode(200)
                .extract().path("deal_registrations[0].registration_id");
    }
}
