package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.cancel;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.disassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.myAssociation;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitch;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.typeChanges;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner never switches, disassociates or even sees the switch requests of another partner's customers. */
@QuarkusTest
class LifecycleTenantIsolationTest {

    @Test
    void anotherPartnerCannotTouchTheAssociation() {
        String owner = registeredPartner();
        String intruder = registeredPartner();
        String customer = resaleCustomer(owner);
        String requestId = requestSwitchOk(owner, customer, "1");

        requestSwitch(intruder, customer, "1").statusCode(400).body("error_code", equalTo("CBC.99000035"));
        disassociate(intruder, customer).statusCode(400).body("error_code", equalTo("CBC.99000035"));
        cancel(intruder, customer, requestId).statusCode(400).body("error_code", equalTo("CBC.99000035"));
        typeChanges(intruder, Map.of()).statusCode(200).body("total_count", equalTo(0));
        typeChanges(intruder, Map.of("customer_id", customer)).statusCode(200).body("total_count", equalTo(0));
        // naming the owner as its reseller does not help
        typeChanges(intruder, Map.of("indirect_partner_id", owner)).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        as(Tokens.partner(intruder)).body(Map.of("indirect_partner_id", owner))
                .post("/v2/partners/sub-customers/{id}/disassociate", customer).then().statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));

        myAssociation(customer).body("partner_id", equalTo(owner))
                .body("pending_type_change.status", equalTo("PENDING"));
    }

    @Test
    void aDistributorCannotActForAResellerLinkedToAnother() {
        String[] pair = distributorWithReseller();
        String[] other = distributorWithReseller();
        String customer = com.acmecloud.partnercenter.customer.CustomerTestApi.create(pair[0],
                com.acmecloud.partnercenter.customer.CustomerTestApi.customer("indirect_partner_id", pair[1]))
                .statusCode(200).extract().path("domain_id");

        as(Tokens.partner(other[0])).body(Map.of("association_type", "1", "indirect_partner_id", pair[1]))
                .post("/v2/partners/sub-customers/{id}/association-type-changes", customer).then().statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        as(Tokens.partner(other[0])).body(Map.of("indirect_partner_id", other[1]))
                .post("/v2/partners/sub-customers/{id}/disassociate", customer).then().statusCode(400)
                .body("error_code", equalTo("CBC.99000035"));
        myAssociation(customer).body("partner_id", equalTo(pair[1]));
    }
}
