package com.acmecloud.partnercenter.partner.registration.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.partner.PartnerEventsProbe;
import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The slice's events reach the real broker through the outbox, keyed by partner, in CloudEvents form. */
@QuarkusTest
class PartnerEventsPublishedTest {

    @Inject
    PartnerEventsProbe probe;
    @Inject
    ObjectMapper mapper;

    @Test
    void everyStepOfEnrolmentIsPublishedInOrderWithTheEnvelope() throws Exception {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String submissionId = PartnerTestApi.submitRealName(partnerId);
        PartnerTestApi.review(partnerId, submissionId, "APPROVED", null).statusCode(200);
        PartnerTestApi.confirmEmail(partnerId, PartnerTestApi.sendEmailCode(partnerId)).statusCode(200);
        String applicationId = PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(201)
                .extract().path("application_id");

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(TopicReader.keyed(partnerId), 5, Duration.ofSeconds(30));
            assertThat(records).hasSize(5);
            List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();

            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "partner.registered.v1", "partner.real_name_submitted.v1", "partner.real_name_approved.v1",
                    "partner.email_bound.v1", "program.application_submitted.v1");
            for (JsonNode event : events) {
                assertThat(event.get("specversion").asText()).isEqualTo("1.0");
                assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
                assertThat(event.get("source").asText()).isEqualTo("/partner-service");
                assertThat(event.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
                assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
                assertThat(event.get("data").get("partner_id").asText()).isEqualTo(partnerId);
            }
            assertThat(events.get(0).get("subject").asText()).isEqualTo(partnerId);
            assertThat(events.get(0).get("data").get("xaccount_id").asText()).isEqualTo("x-" + partnerId);
            assertThat(events.get(1).get("subject").asText()).isEqualTo(submissionId);
            assertThat(events.get(2).get("data").get("submission_id").asText()).isEqualTo(submissionId);
            assertThat(events.get(3).get("data").get("email").asText()).isEqualTo("ops-x-" + partnerId + "@example.com");
            assertThat(events.get(4).get("subject").asText()).isEqualTo(applicationId);
            assertThat(events.get(4).get("data").get("program").asText()).isEqualTo("SOLUTION_PROVIDER");

            // one partner, one partition: the key keeps its events in order
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());

            // a downstream consumer applies each exactly once
            for (JsonNode event : events) {
                await().atMost(Duration.ofSeconds(30)).until(() -> probe.timesApplied(event.get("id").asText()) == 1);
            }
        }
    }

    @Test
    void aRedeliveredEventChangesNothingDownstream() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        try (TopicReader reader = new TopicReader("partner.events")) {
            ConsumerRecord<String, String> original = reader.await(TopicReader.keyed(partnerId), 1, Duration.ofSeconds(30)).get(0);
            String eventId = read(original.value()).get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.timesApplied(eventId) == 1);

            KafkaBrokerResource.companion().produceStrings()
                    .fromRecords(new ProducerRecord<>("partner.events", partnerId, original.value()))
                    .awaitCompletion();
            reader.await(TopicReader.keyed(partnerId), 2, Duration.ofSeconds(30));
            // a later event of the same partner shares the partition: once it is applied, the copy before it was consumed
            PartnerTestApi.submitRealName(partnerId);
            String laterEvent = read(reader.await(TopicReader.keyed(partnerId), 3, Duration.ofSeconds(30)).get(2).value())
                    .get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.timesApplied(laterEvent) == 1);
            assertThat(probe.timesApplied(eventId)).isEqualTo(1);
        }
    }

    @Test
    void undecodableMessagesGoToTheDeadLetterTopicWithTheReason() {
        String key = "poison-" + UUID.randomUUID();
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>("partner.events", key, "this is not a CloudEvent"))
                .awaitCompletion();
        try (TopicReader dlq = new TopicReader("partner.events.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(TopicReader.keyed(key), 1, Duration.ofSeconds(30)).get(0);
            assertThat(dead.value()).isEqualTo("this is not a CloudEvent");
            assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("not a JSON CloudEvent");
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
