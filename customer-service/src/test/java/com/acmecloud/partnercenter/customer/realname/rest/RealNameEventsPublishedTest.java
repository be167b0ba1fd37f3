package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.RealNameTestApi.approveLatest;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuthId;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.newCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.recordConsent;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.rejectLatest;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Consent, submission and review reach customer.events through the outbox, keyed by the partner, without ID data. */
@QuarkusTest
class RealNameEventsPublishedTest {

    private static final List<String> TYPES = List.of("customer.privacy_consent_recorded.v1",
            "customer.realname_submitted.v1", "customer.realname_reviewed.v1");

    @Inject
    ObjectMapper mapper;

    @Test
    void consentSubmissionAndReviewsArePublished() throws Exception {
        String partner = enabledPartner();
        String customer = newCustomer(partner);
        recordConsent(partner, customer).statusCode(201);
        Map<String, Object> first = individual(customer, "name", "Qian Jiu");
        submitIndividual(partner, first).statusCode(200);
        String rejectedAuth = latestAuthId(customer);
        rejectLatest(customer, "blurred");
        submitIndividual(partner, individual(customer, "name", "Qian Jiu")).statusCode(200);
        String approvedAuth = latestAuthId(customer);
        approveLatest(customer);
        // a refused request publishes nothing
        submitIndividual(partner, individual(customer)).statusCode(400);

        try (TopicReader reader = new TopicReader("customer.events")) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    r -> TopicReader.keyed(partner).test(r) && TYPES.stream().anyMatch(r.value()::contains), 5,
                    Duration.ofSeconds(30));
            List<JsonNode> events = new java.util.ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                events.add(mapper.readTree(record.value()));
            }
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "customer.privacy_consent_recorded.v1", "customer.realname_submitted.v1",
                    "customer.realname_reviewed.v1", "customer.realname_submitted.v1", "customer.realname_reviewed.v1");

            JsonNode consent = events.get(0).get("data");
            assertThat(consent.get("partner_id").asText()).isEqualTo(partner);
            assertThat(consent.get("customer_id").asText()).isEqualTo(customer);
            assertThat(consent.get("text_version").asText()).isEqualTo("2026-01");
            assertThat(consent.get("recorded_via").asText()).isEqualTo("PARTNER");
            assertThat(events.get(0).get("subject").asText()).isEqualTo(consent.get("consent_id").asText());

            JsonNode submitted = events.get(1).get("data");
            assertThat(events.get(1).get("subject").asText()).isEqualTo(rejectedAuth);
            assertThat(submitted.get("auth_type").asText()).isEqualTo("INDIVIDUAL");
            assertThat(submitted.get("identify_type").asInt()).isEqualTo(0);
            assertThat(submitted.get("change_type").asInt()).isEqualTo(-1);

            JsonNode rejected = events.get(2).get("data");
            assertThat(rejected.get("review_result").asInt()).isEqualTo(1);
            assertThat(rejected.get("opinion").asText()).isEqualTo("blurred");
            assertThat(rejected.get("verified_status").asInt()).isEqualTo(1);
            assertThat(rejected.get("verified_name").isNull()).isTrue();

            JsonNode approved = events.get(4).get("data");
            assertThat(events.get(4).get("subject").asText()).isEqualTo(approvedAuth);
            assertThat(approved.get("review_result").asInt()).isEqualTo(2);
            assertThat(approved.get("verified_status").asInt()).isEqualTo(2);
            assertThat(approved.get("customer_type").asInt()).isEqualTo(0);
            assertThat(approved.get("verified_name").asText()).isEqualTo("Qian Jiu");
            assertThat(approved.get("reviewed_by").asText()).isEqualTo("operator-1");

            for (ConsumerRecord<String, String> record : records) {
                assertThat(record.value()).doesNotContain((String) first.get("verified_number"), "id/front.jpg",
                        "verified_number", "verified_file_url");
            }
        }
    }
}
