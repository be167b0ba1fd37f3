package com.acmecloud.partnercenter.customer.partners.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publish;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.invite;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.inviteCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.register;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rule 63: partner.test_account_changed.v1, in partner-service's format through the real broker, makes
 * customer-service refuse the partner the operations that bring real customers (CBC.99005035), writing nothing;
 * unmarking allows them again; reads stay allowed and other partners are unaffected.
 */
@QuarkusTest
class TestPartnerAccountTest {

    private static final String REFUSED = CbcError.TEST_PARTNER_NOT_ALLOWED.code();

    @Test
    void rule63ATestAccountCannotCreateCustomersAndNothingIsWrittenUntilItIsUnmarked() {
        String partner = registeredPartner();
        String other = registeredPartner();
        markTestAccount(partner, true);

        String domainName = "tst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> request = customer("domain_name", domainName);
        refused("create", create(partner, request));
        create(partner, request).body("error_msg", equalTo(CbcError.TEST_PARTNER_NOT_ALLOWED.message()));
        // nothing written: no customer, the login name still free; reads stay allowed
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
        as(Tokens.partner(partner)).body(Map.of("search_type", "name", "search_value", domainName))
                .post("/v2/partners/sub-customers/users/check-identity")
                .then().statusCode(200).body("check_result", equalTo("available"));
        // another partner is unaffected
        create(other, customer()).statusCode(200);

        markTestAccount(partner, false);
        // the same request now succeeds: the refusal kept neither the login name nor the xaccount_id
        create(partner, request).statusCode(200).body("domain_name", equalTo(domainName));
        query(partner, Map.of()).statusCode(200).body("count", equalTo(1));
    }

    @Test
    void rule63NoDistributorCreatesForATestResellerAndATestDistributorCreatesForNone() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];

        markTestAccount(reseller, true);
        refused("for a test reseller", create(distributor, customer("indirect_partner_id", reseller)));
        refused("the test reseller itself", create(reseller, customer()));
        query(distributor, Map.of("indirect_partner_id", reseller)).statusCode(200).body("count", equalTo(0));

        markTestAccount(reseller, false);
        markTestAccount(distributor, true);
        refused("a test distributor", create(distributor, customer("indirect_partner_id", reseller)));
        // the reseller's own customers are its own business
        create(reseller, customer()).statusCode(200);
    }

    @Test
    void rule63ATestAccountCannotRegisterProspectsOrInviteAndItsInvitationsCannotBeAccepted() {
        String partner = registeredPartner();
        String registration = registerMobile(partner, newMobile());
        String customerId = account(null, null, null, Instant.now());
        String code = inviteCode(partner, registerAccount(partner, customerId), "OFFLINE", 2);

        markTestAccount(partner, true);
        refused("register", register(partner, body("mobile_phone", newMobile(), "company_name", "Prospect Ltd")));
        refused("invite", invite(partner, body("registration_id", registration, "channel", "OFFLINE",
                "association_type", "2")));
        refused("accept", accept(Tokens.customer(customerId), code, null));
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));

        markTestAccount(partner, false);
        accept(Tokens.customer(customerId), code, null).statusCode(200).body("customer_id", equalTo(customerId));
    }

    /** Publishes the change as partner-service does and waits until customer-service's projection has it. */
    private static void markTestAccount(String partnerId, boolean testAccount) {
        publish(partnerId, partnerEvent(PartnerEvents.PARTNER_TEST_ACCOUNT_CHANGED, partnerId,
                new PartnerEvents.PartnerTestAccountChanged(partnerId, testAccount, "integration", "operator-1",
                        Instant.now())));
        awaitProjection(partnerId, p -> p.testAccount == testAccount);
    }

    private static void refused(String description, ValidatableResponse response) {
        assertCbcError(description, response.extract().response(), 400, REFUSED);
    }
}
