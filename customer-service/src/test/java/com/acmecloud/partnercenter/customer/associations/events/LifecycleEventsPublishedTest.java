package com.acmecloud.partnercenter.customer.associations.events;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.confirm;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.disassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.freeze;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.leave;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.referralCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.reject;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.unfreeze;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.associations.service.AssociationChangeExpiry;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rules 29–30 reach billing: every lifecycle and freeze change arrives on customer.events, keyed by the partner. */
@QuarkusTest
class LifecycleEventsPublishedTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    TestClock clock;

    @Inject
    AssociationChangeExpiry expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The partner's events after the two of the customer's creation, as JSON, in order. */
    private List<JsonNode> events(String partner, int count) throws Exception {
        try (TopicReader reader = new TopicReader("customer.events")) {
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : reader.await(TopicReader.keyed(partner), count, Duration.ofSeconds(30))) {
                events.add(mapper.readTree(record.value()));
            }
            return events.subList(2, events.size());
        }
    }

    @Test
    void aConfirmedSwitchFromReferralToResaleTellsBillingToReclaimPartnerCoupons() throws Exception {
        String partner = registeredPartner();
        String customer = referralCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "2");
        confirm(customer, requestId).statusCode(200);

        List<JsonNode> events = events(partner, 5);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "customer.association_type_change_requested.v1",
                "customer.association_type_change_decided.v1",
                "customer.association_type_changed.v1");
        assertThat(events).allSatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo(customer));
        JsonNode requested = events.get(0).get("data");
        assertThat(requested.get("request_id").asText()).isEqualTo(requestId);
        assertThat(requested.get("previous_type").asInt()).isEqualTo(1);
        assertThat(requested.get("association_type").asInt()).isEqualTo(2);
        assertThat(requested.get("expires_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(events.get(1).get("data").get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode changed = events.get(2).get("data");
        assertThat(changed.get("partner_id").asText()).isEqualTo(partner);
        assertThat(changed.get("customer_id").asText()).isEqualTo(customer);
        assertThat(changed.get("previous_type").asInt()).isEqualTo(1);
        assertThat(changed.get("association_type").asInt()).isEqualTo(2);
        assertThat(changed.get("reclaim").asText()).isEqualTo("MODE_SWITCH_RECLAIM");
        assertThat(changed.get("coupon_reclaim_operation_type").asInt()).isEqualTo(8);
        assertThat(changed.get("unbind_reclaim").asBoolean()).isFalse();
        assertThat(changed.get("customer_balance_locked").asBoolean()).isTrue();
        assertThat(changed.get("confirmed_by").asText()).isEqualTo("customer-" + customer);
    }

    @Test
    void aResaleCustomerLeavingItsPartnerTriggersTheUnbindReclaim() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        leave(customer).statusCode(200);

        JsonNode event = events(partner, 3).get(0);
        assertThat(event.get("type").asText()).isEqualTo("customer.disassociated.v1");
        JsonNode data = event.get("data");
        assertThat(data.get("partner_id").asText()).isEqualTo(partner);
        assertThat(data.get("association_type").asInt()).isEqualTo(2);
        assertThat(data.get("initiated_by").asText()).isEqualTo("CUSTOMER");
        assertThat(data.get("actor").asText()).isEqualTo("customer-" + customer);
        assertThat(data.get("reason").asText()).isEqualTo("moving on");
        assertThat(data.get("unbind_reclaim").asBoolean()).isTrue();
        assertThat(data.get("coupon_reclaim_operation_type").asInt()).isEqualTo(3);
    }

    @Test
    void aReferralCustomerDisassociatedByThePartnerNeedsNoUnbindReclaim() throws Exception {
        String partner = registeredPartner();
        String customer = referralCustomer(partner);
        disassociate(partner, customer).statusCode(200);

        JsonNode data = events(partner, 3).get(0).get("data");
        assertThat(data.get("initiated_by").asText()).isEqualTo("PARTNER");
        assertThat(data.get("association_type").asInt()).isEqualTo(1);
        assertThat(data.get("unbind_reclaim").asBoolean()).isFalse();
    }

    @Test
    void rejectionsAndExpiriesArePublishedAsDecisions() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String rejected = requestSwitchOk(partner, customer, "1");
        reject(customer, rejected).statusCode(200);
        String other = resaleCustomer(partner);
        String expired = requestSwitchOk(partner, other, "1");
        clock.advance(Duration.ofDays(8));
        Tx.onContext(expiry::expireDue);

        List<JsonNode> events = events(partner, 8);
        List<JsonNode> decisions = events.stream()
                .filter(e -> e.get("type").asText().equals("customer.association_type_change_decided.v1"))
                .map(e -> e.get("data")).toList();
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("request_id").asText()).isEqualTo(rejected);
        assertThat(decisions.get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(decisions.get(1).get("request_id").asText()).isEqualTo(expired);
        assertThat(decisions.get(1).get("status").asText()).isEqualTo("EXPIRED");
        assertThat(decisions.get(1).get("decided_by").asText()).isEqualTo("system");
    }

    @Test
    void freezesAndUnfreezesArePublished() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        freeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200);
        freeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200);
        unfreeze(partner, "ACCOUNT_AND_RESOURCE", customer).statusCode(200);

        // in partner order: the repeated freeze changed nothing, so nothing comes between the two
        List<JsonNode> events = events(partner, 4);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("customer.frozen.v1", "customer.unfrozen.v1");
        assertThat(events.get(0).get("data").get("freeze_type").asText()).isEqualTo("ACCOUNT_AND_RESOURCE");
        assertThat(events.get(0).get("data").get("reason").asText()).isEqualTo("arrears");
        assertThat(events.get(0).get("data").get("frozen_by").asText()).isEqualTo("user-" + partner);
        assertThat(events.get(1).get("data").get("unfreeze_type").asText()).isEqualTo("ACCOUNT_AND_RESOURCE");
    }
}
