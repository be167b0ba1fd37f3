package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.freeze;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.referralCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.unfreeze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.CustomerTestApi;
import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRecord;
import com.acmecloud.partnercenter.customer.subcustomers.repository.FreezeRecordRepository;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Huawei's freeze / unfreeze: resale customers of the caller only, per-customer failures in error_details. */
@QuarkusTest
class FreezeApiTest {

    @Inject
    FreezeRecordRepository records;

    private static int isFrozen(String partner, String customer) {
        return query(partner, Map.of("customer_id", customer)).statusCode(200)
                .extract().path("customer_infos[0].is_frozen");
    }

    @Test
    void frozenResaleCustomersShowIsFrozenAndEachFailureIsReportedWithItsId() {
        String partner = registeredPartner();
        String first = resaleCustomer(partner);
        String second = resaleCustomer(partner);
        String referral = referralCustomer(partner);
        String other = registeredPartner();
        String foreign = resaleCustomer(other);

        freeze(partner, null, first, referral, "no-such-customer", foreign, second).statusCode(200)
                .body("error_details.id", contains(referral, "no-such-customer", foreign))
                .body("error_details.error_code", contains("CBC.5024", "CBC.99000035", "CBC.99000035"))
                .body("error_details[0].error_msg", equalTo(
                        "Wrong association type for this operation: only resale customers can be frozen or unfrozen."));

        assertThat(isFrozen(partner, first)).isEqualTo(1);
        assertThat(isFrozen(partner, second)).isEqualTo(1);
        assertThat(isFrozen(partner, referral)).isZero();
        assertThat(isFrozen(other, foreign)).isZero();
    }

    @Test
    void aSuccessfulBatchAnswersWithoutErrorDetailsAndRepeatingItChangesNothing() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);

        freeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200).body("$", anEmptyMap());
        freeze(partner, "ACCOUNT_AND_RESOURCE", customer, customer).statusCode(200).body("$", anEmptyMap());
        assertThat(isFrozen(partner, customer)).isEqualTo(2);
        // another freeze type needs an unfreeze first
        freeze(partner, "ACCOUNT", customer).statusCode(200)
                .body("error_details[0].id", equalTo(customer))
                .body("error_details[0].error_code", equalTo("CBC.91005059"));
        // the unfreeze type must be the freeze type (Huawei)
        unfreeze(partner, null, customer).statusCode(200)
                .body("error_details[0].error_code", equalTo("CBC.91005060"));
        assertThat(isFrozen(partner, customer)).isEqualTo(2);

        unfreeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200).body("$", anEmptyMap());
        unfreeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200).body("$", anEmptyMap());
        assertThat(isFrozen(partner, customer)).isZero();

        List<FreezeRecord> history = Tx.call(() -> records.ofCustomer(customer));
        assertThat(history).extracting(r -> r.action)
                .containsExactlyInAnyOrder(FreezeRecord.Action.FREEZE, FreezeRecord.Action.UNFREEZE);
        assertThat(history).allSatisfy(r -> {
            assertThat(r.freezeType).isEqualTo(FreezeType.ACCOUNT_AND_RESOURCE);
            assertThat(r.actor).isEqualTo("user-" + partner);
            assertThat(r.partnerId).isEqualTo(partner);
        });
    }

    @Test
    void aPartnerCannotFreezeOrUnfreezeAnotherPartnersCustomers() {
        String owner = registeredPartner();
        String intruder = registeredPartner();
        String customer = resaleCustomer(owner);

        freeze(intruder, null, customer).statusCode(200)
                .body("error_details[0].id", equalTo(customer))
                .body("error_details[0].error_code", equalTo("CBC.99000035"));
        assertThat(isFrozen(owner, customer)).isZero();

        freeze(owner, null, customer).statusCode(200);
        unfreeze(intruder, null, customer).statusCode(200)
                .body("error_details[0].error_code", equalTo("CBC.99000035"));
        assertThat(isFrozen(owner, customer)).isEqualTo(1);
    }

    @Test
    void aDistributorFreezesItsLinkedResellersCustomersOnly() {
        String[] pair = CustomerTestApi.distributorWithReseller();
        String customer = CustomerTestApi.create(pair[0], CustomerTestApi.customer("indirect_partner_id", pair[1]))
                .statusCode(200).extract().path("domain_id");

        freeze(pair[0], null, customer).statusCode(200).body("error_details[0].error_code", equalTo("CBC.99000035"));
        CustomerTestApi.as(Tokens.partner(pair[0]))
                .body(Map.of("customer_ids", List.of(customer), "reason", "arrears", "indirect_partner_id", pair[1]))
                .post("/v2/partners/sub-customers/freeze").then().statusCode(200).body("$", anEmptyMap());
        assertThat(isFrozen(pair[1], customer)).isEqualTo(1);

        String stranger = registeredPartner();
        CustomerTestApi.as(Tokens.partner(stranger))
                .body(Map.of("customer_ids", List.of(customer), "reason", "x", "indirect_partner_id", pair[1]))
                .post("/v2/partners/sub-customers/unfreeze").then().statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        assertThat(isFrozen(pair[1], customer)).isEqualTo(1);
    }
}
