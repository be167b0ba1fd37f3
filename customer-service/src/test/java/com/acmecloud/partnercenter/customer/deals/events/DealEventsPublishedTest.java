package com.acmecloud.partnercenter.customer.deals.events;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.inviteCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newSubject;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.deals.DealsTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Registering, inviting and accepting publish their events on customer.events, keyed by the partner: the partner
 * hears of the customer's association through customer.invitation_accepted.v1 (seed FAQ).
 */
@QuarkusTest
class DealEventsPublishedTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void thePartnerIsNotifiedWhenItsInvitationIsAccepted() throws Exception {
        String partner = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(partner, mobile);
        String code = inviteCode(partner, registration, "OFFLINE", 1);
        String subject = newSubject();
        String customerId = accept(Tokens.customerWithoutAccount(subject), code,
                DealsTestApi.proven(Tokens.customerWithoutAccount(subject), code, body("mobile_phone", mobile)))
                .statusCode(200).extract().path("customer_id");

        try (TopicReader reader = new TopicReader("customer.events")) {
            List<ConsumerRecord<String, String>> records = reader.await(TopicReader.keyed(partner), 5,
                    Duration.ofSeconds(30));
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                events.add(mapper.readTree(record.value()));
            }
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "customer.deal_registered.v1", "customer.invitation_issued.v1",
                    "customer.sub_customer_created.v1", "customer.associated.v1", "customer.invitation_accepted.v1");

            JsonNode registered = events.get(0).get("data");
            assertThat(registered.get("registration_id").asText()).isEqualTo(registration);
            assertThat(registered.get("masked_mobile_phone").asText()).contains("****");
            assertThat(records.get(0).value()).doesNotContain(mobile.substring(5));
            assertThat(records.get(1).value()).doesNotContain(code);

            JsonNode accepted = events.get(4);
            assertThat(accepted.get("subject").asText()).isEqualTo(customerId);
            assertThat(accepted.get("data").get("partner_id").asText()).isEqualTo(partner);
            assertThat(accepted.get("data").get("registration_id").asText()).isEqualTo(registration);
            assertThat(accepted.get("data").get("association_type").asInt()).isEqualTo(1);
            assertThat(accepted.get("data").get("new_account").asBoolean()).isTrue();
            assertThat(accepted.get("data").get("accepted_by").asText()).isEqualTo(subject);
            assertThat(events.get(3).get("data").get("association_type").asInt()).isEqualTo(1);
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        }
    }
}
