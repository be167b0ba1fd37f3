package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner sees and acts for its own customers and its linked resellers only. */
@QuarkusTest
class SubCustomerTenantIsolationTest {

    @Test
    void aPartnerNeverSeesAnotherPartnersCustomers() {
        String a = registeredPartner();
        String b = registeredPartner();
        String ofA = create(a, customer()).statusCode(200).extract().path("domain_id");
        create(b, customer()).statusCode(200);

        query(a, Map.of()).statusCode(200).body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(ofA));
        query(b, Map.of()).statusCode(200).body("count", equalTo(1))
                .body("customer_infos.customer_id", not(hasItem(ofA)));
        query(b, Map.of("customer_id", ofA)).statusCode(200).body("count", equalTo(0));
        // naming A as its reseller does not help B
        query(b, Map.of("indirect_partner_id", a)).statusCode(400).body("error_code", equalTo("CBC.99000037"));
    }

    @Test
    void aDistributorCannotActForAResellerLinkedToAnother() {
        String[] pair = distributorWithReseller();
        String[] other = distributorWithReseller();
        String ofReseller = create(pair[0], customer("indirect_partner_id", pair[1])).statusCode(200)
                .extract().path("domain_id");

        query(pair[0], Map.of("indirect_partner_id", pair[1])).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(ofReseller));
        // the distributor's own scope holds none of them
        query(pair[0], Map.of()).statusCode(200).body("count", equalTo(0));

        create(other[0], customer("indirect_partner_id", pair[1])).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        query(other[0], Map.of("indirect_partner_id", pair[1])).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        // a reseller cannot act for its sibling either
        create(other[1], customer("indirect_partner_id", pair[1])).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
    }
}
