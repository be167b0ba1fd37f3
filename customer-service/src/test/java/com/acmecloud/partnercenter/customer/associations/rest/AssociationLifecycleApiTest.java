package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.cancel;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.confirm;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.disassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.freeze;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.historyOf;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.leave;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.myAssociation;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.reassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.reject;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitch;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.typeChanges;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.unfreeze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationChangeRequestRepository;
import com.acmecloud.partnercenter.customer.associations.service.AssociationChangeExpiry;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rules 26–28 through the HTTP API of both sides, against the real database. */
@QuarkusTest
class AssociationLifecycleApiTest {

    @Inject
    TestClock clock;

    @Inject
    AssociationChangeExpiry expiry;

    @Inject
    AssociationChangeRequestRepository requests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void refused(io.restassured.response.ValidatableResponse response, int status, String code) {
        response.statusCode(status).body("error_code", equalTo(code));
    }

    @Test
    void rule26ThePartnerRequestsASwitchAndTheCustomerConfirmsIt() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);

        String requestId = requestSwitch(partner, customer, "1").statusCode(200)
                .body("customer_id", equalTo(customer))
                .body("partner_id", equalTo(partner))
                .body("previous_type", equalTo("2"))
                .body("association_type", equalTo("1"))
                .body("status", equalTo("PENDING"))
                .body("requested_by", equalTo("user-" + partner))
                .body("expires_at", notNullValue())
                .extract().path("request_id");
        // nothing changes until the customer decides
        query(partner, Map.of("customer_id", customer)).body("customer_infos[0].association_type", equalTo("2"));
        myAssociation(customer).statusCode(200)
                .body("partner_id", equalTo(partner))
                .body("association_type", equalTo("2"))
                .body("pending_type_change.request_id", equalTo(requestId))
                .body("pending_type_change.association_type", equalTo("1"));
        typeChanges(partner, Map.of("status", "PENDING")).statusCode(200)
                .body("total_count", equalTo(1))
                .body("association_type_changes[0].request_id", equalTo(requestId));

        confirm(customer, requestId).statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decided_by", equalTo("customer-" + customer));

        query(partner, Map.of("customer_id", customer)).body("customer_infos[0].association_type", equalTo("1"));
        myAssociation(customer).body("association_type", equalTo("1")).body("pending_type_change", nullValue());
        assertThat(historyOf(customer)).last().satisfies(row -> {
            assertThat(row.action).isEqualTo(Action.TYPE_SWITCHED);
            assertThat(row.associationType).isEqualTo((short) 1);
            assertThat(row.previousType).isEqualTo((short) 2);
            assertThat(row.initiatedBy).isEqualTo(Initiator.PARTNER);
            assertThat(row.actor).isEqualTo("customer-" + customer);
        });
        // a decided request stays decided
        refused(confirm(customer, requestId), 400, "CBC.91005053");
        refused(reject(customer, requestId), 400, "CBC.91005053");
        refused(cancel(partner, customer, requestId), 400, "CBC.91005053");
    }

    @Test
    void rule26ARejectedSwitchChangesNothing() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        reject(customer, requestId).statusCode(200).body("status", equalTo("REJECTED"));

        query(partner, Map.of("customer_id", customer)).body("customer_infos[0].association_type", equalTo("2"));
        refused(confirm(customer, requestId), 400, "CBC.91005053");
        assertThat(historyOf(customer)).extracting(row -> row.action).containsExactly(Action.ASSOCIATED);
    }

    @Test
    void thePartnerCanWithdrawAPendingSwitch() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        cancel(partner, customer, requestId).statusCode(200).body("status", equalTo("CANCELLED"))
                .body("decided_by", equalTo("user-" + partner));

        refused(confirm(customer, requestId), 400, "CBC.91005053");
        myAssociation(customer).body("pending_type_change", nullValue());
        typeChanges(partner, Map.of("customer_id", customer, "status", "CANCELLED")).body("total_count", equalTo(1));
    }

    @Test
    void onlyTheCustomerTheRequestIsForCanDecideIt() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String other = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        refused(confirm(other, requestId), 404, "CBC.91005050");
        refused(reject(other, requestId), 404, "CBC.91005050");
        refused(confirm(customer, UUID.randomUUID().toString()), 404, "CBC.91005050");
        refused(confirm(customer, "not-a-uuid"), 404, "CBC.91005050");
        // a person without a customer account here, and a partner, cannot decide it either
        refused(as(Tokens.customerWithoutAccount("nobody-" + UUID.randomUUID())).post(
                "/v2/customers/association-type-changes/{r}/confirm", requestId).then(), 404, "CBC.91005002");
        refused(as(Tokens.partner(partner)).post("/v2/customers/association-type-changes/{r}/confirm", requestId)
                .then(), 403, "CBC.0151");
        // another customer's request id through the partner path of another customer
        refused(cancel(partner, other, requestId), 404, "CBC.91005050");
        myAssociation(customer).body("pending_type_change.status", equalTo("PENDING"));
    }

    @Test
    void aSwitchToTheCurrentTypeIsRefused() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        refused(requestSwitch(partner, customer, "2"), 400, "CBC.91005051");
        // the refused request does not count for rule 27
        requestSwitchOk(partner, customer, "1");
    }

    @Test
    void rule28APendingSwitchBlocksAnotherSwitchAndDisassociationByEitherSide() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        refused(requestSwitch(partner, customer, "1"), 400, "CBC.91005052");
        refused(disassociate(partner, customer), 400, "CBC.91005052");
        refused(leave(customer), 400, "CBC.91005052");

        reject(customer, requestId).statusCode(200);
        leave(customer).statusCode(200);
    }

    @Test
    void aSwitchNotDecidedInTimeExpires() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        refused(confirm(customer, requestId), 400, "CBC.91005054");
        myAssociation(customer).body("association_type", equalTo("2")).body("pending_type_change", nullValue());
        typeChanges(partner, Map.of("customer_id", customer, "status", "EXPIRED")).body("total_count", equalTo(1))
                .body("association_type_changes[0].status", equalTo("EXPIRED"));
        typeChanges(partner, Map.of("customer_id", customer, "status", "PENDING")).body("total_count", equalTo(0));

        assertThat(Tx.onContext(expiry::expireDue)).isGreaterThanOrEqualTo(1);
        AssociationChangeRequest stored = Tx.call(() -> requests.findById(UUID.fromString(requestId)));
        assertThat(stored.status).isEqualTo(AssociationChangeRequest.Status.EXPIRED);
        assertThat(stored.decidedBy).isEqualTo("system");
        refused(confirm(customer, requestId), 400, "CBC.91005054");
        // an expired request no longer blocks the customer
        leave(customer).statusCode(200);
    }

    @Test
    void rule27APartnerInitiatesOneSwitchOrDisassociationPerCustomerIn3Months() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");
        reject(customer, requestId).statusCode(200);

        // the rejected request was the one change this window allows: neither a switch nor a disassociation now
        refused(requestSwitch(partner, customer, "1"), 400, "CBC.91005055");
        refused(disassociate(partner, customer), 400, "CBC.91005055");

        // three calendar months last 89 to 92 days: 85 days is always inside the window, 93 always past it
        clock.advance(Duration.ofDays(85));
        refused(disassociate(partner, customer), 400, "CBC.91005055");

        clock.advance(Duration.ofDays(8));
        disassociate(partner, customer).statusCode(200);
    }

    @Test
    void rule27ADisassociationByThePartnerCountsForTheNextAssociationToo() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        disassociate(partner, customer).statusCode(200);
        reassociate(customer, partner, clock.instant());

        refused(requestSwitch(partner, customer, "1"), 400, "CBC.91005055");
        clock.advance(Duration.ofDays(93));
        requestSwitchOk(partner, customer, "1");
    }

    @Test
    void rule27ACustomerDisassociatesFromAPartnerOnceIn3Months() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        leave(customer).statusCode(200)
                .body("partner_id", equalTo(partner))
                .body("association_type", equalTo("2"))
                .body("initiated_by", equalTo("CUSTOMER"));
        reassociate(customer, partner, clock.instant());

        refused(leave(customer), 400, "CBC.91005056");
        myAssociation(customer).body("partner_id", equalTo(partner));

        clock.advance(Duration.ofDays(93));
        leave(customer).statusCode(200);
    }

    @Test
    void aDisassociatedCustomerLeavesThePartnersCustomersAndKeepsItsAccount() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        clock.advance(Duration.ofMinutes(1));

        disassociate(partner, customer).statusCode(200)
                .body("customer_id", equalTo(customer))
                .body("partner_id", equalTo(partner))
                .body("association_type", equalTo("2"))
                .body("initiated_by", equalTo("PARTNER"))
                .body("disassociated_at", notNullValue());

        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
        myAssociation(customer).statusCode(200)
                .body("customer_id", equalTo(customer))
                .body("partner_id", nullValue())
                .body("association_type", nullValue());
        List<AssociationHistory> history = historyOf(customer);
        assertThat(history).extracting(row -> row.action).containsExactly(Action.ASSOCIATED, Action.DISASSOCIATED);
        assertThat(history.get(1).initiatedBy).isEqualTo(Initiator.PARTNER);
        assertThat(history.get(1).associationType).isEqualTo((short) 2);
        assertThat(history.get(1).actor).isEqualTo("user-" + partner);
        // nothing left to end, from either side
        refused(disassociate(partner, customer), 400, "CBC.99000035");
        refused(leave(customer), 400, "CBC.91005058");
        refused(requestSwitch(partner, customer, "1"), 400, "CBC.99000035");
    }

    @Test
    void rule28AFrozenCustomerIsNeitherDisassociatedNorSwitchedUntilUnfrozen() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        freeze(partner, null, customer).statusCode(200);

        refused(disassociate(partner, customer), 400, "CBC.91005057");
        refused(leave(customer), 400, "CBC.91005057");
        refused(requestSwitch(partner, customer, "1"), 400, "CBC.91005057");
        myAssociation(customer).body("is_frozen", equalTo(1)).body("partner_id", equalTo(partner));

        unfreeze(partner, null, customer).statusCode(200);
        disassociate(partner, customer).statusCode(200);
    }

    @Test
    void rule28AFreezeAfterTheRequestBlocksItsConfirmation() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");
        freeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200);

        refused(confirm(customer, requestId), 400, "CBC.91005057");
        myAssociation(customer).body("pending_type_change.status", equalTo("PENDING"));

        unfreeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200);
        confirm(customer, requestId).statusCode(200);
    }

    @Test
    void aDistributorActsForItsLinkedResellersCustomers() {
        String[] pair = com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller();
        String customer = com.acmecloud.partnercenter.customer.CustomerTestApi
                .create(pair[0], com.acmecloud.partnercenter.customer.CustomerTestApi.customer(
                        "indirect_partner_id", pair[1]))
                .statusCode(200).extract().path("domain_id");

        // without indirect_partner_id the customer is not in the distributor's own scope
        refused(requestSwitch(pair[0], customer, "1"), 400, "CBC.99000035");
        String requestId = as(Tokens.partner(pair[0])).body(Map.of("association_type", "1", "indirect_partner_id", pair[1]))
                .post("/v2/partners/sub-customers/{id}/association-type-changes", customer).then().statusCode(200)
                .body("partner_id", equalTo(pair[1])).extract().path("request_id");
        typeChanges(pair[0], Map.of("indirect_partner_id", pair[1])).statusCode(200).body("total_count", equalTo(1));
        as(Tokens.partner(pair[0])).body(Map.of("indirect_partner_id", pair[1]))
                .post("/v2/partners/sub-customers/{id}/association-type-changes/{r}/cancel", customer, requestId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
