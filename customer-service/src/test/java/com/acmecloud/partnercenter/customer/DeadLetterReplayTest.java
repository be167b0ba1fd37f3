package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An operator replays partner.events.dlq: the event the consumer once gave up on is applied, once, however often
 * it is replayed (the processed-event table).
 */
@QuarkusTest
class DeadLetterReplayTest {

    static final String DLQ = "/v2/operations/dead-letters/partner.events.dlq";

    @Inject
    PartnerProjectionRepository projections;

    @Inject
    CloudEventCodec codec;

    @Test
    void aReplayedDeadLetterIsAppliedOnceEvenWhenReplayedTwice() {
        String partner = Tokens.newPartnerId();
        CloudEvent restricted = partnerEvent(PartnerEvents.PARTNER_STATUS_CHANGED, partner,
                new PartnerEvents.PartnerStatusChanged(partner, "RESTRICTED", "ACTIVE", "r", "operator-1", Instant.now()));
        // as the consumer leaves it after giving up (say the database was away longer than the retry budget)
        ProducerRecord<String, String> dead = new ProducerRecord<>("partner.events.dlq", partner, codec.encode(restricted));
        dead.headers().add("dead-letter-topic", "partner.events".getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dead-letter-reason", "Connection refused".getBytes(StandardCharsets.UTF_8));
        KafkaBrokerResource.companion().produceStrings().fromRecords(dead).awaitCompletion();

        JsonPath listed = given().auth().oauth2(Tokens.operator()).get(DLQ).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> letters = listed.getList("dead_letters");
        Map<String, Object> mine = letters.stream().filter(l -> restricted.id().equals(l.get("event_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("dead letter not listed: " + letters));
        assertThat(mine).containsEntry("key", partner).containsEntry("source_topic", "partner.events")
                .containsEntry("event_type", "partner.status_changed.v1").containsEntry("reason", "Connection refused");
        assertThat(listed.getInt("count")).isEqualTo(letters.size());

        for (int replay = 0; replay < 2; replay++) {
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("event_ids", List.of(restricted.id()))).post(DLQ + "/replay")
                    .then().statusCode(200)
                    .body("replayed", org.hamcrest.Matchers.equalTo(1))
                    .body("event_ids", org.hamcrest.Matchers.contains(restricted.id()));
        }
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);
        // the second copy arrives after the first: once a later event of the key is applied, both were consumed
        CloudEvent joined = partnerEvent(PartnerEvents.PROGRAM_JOINED, partner,
                new PartnerEvents.ProgramJoined(partner, UUID.randomUUID().toString(), "SOLUTION_PROVIDER", 1, Instant.now()));
        CustomerTestApi.publish(partner, joined);
        awaitProjection(partner, p -> p.programs().contains("SOLUTION_PROVIDER"));
        assertThat(timesProcessed(restricted.id())).isEqualTo(1);
    }

    @Test
    void onlyOperatorsAndOnlyTheServicesDeadLetterTopics() {
        String partner = Tokens.newPartnerId();
        assertCbcError("partner lists", given().auth().oauth2(Tokens.partner(partner)).get(DLQ), 403, "CBC.0151");
        assertCbcError("partner replays", given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body("{}").post(DLQ + "/replay"), 403, "CBC.0151");
        assertCbcError("no token", given().get(DLQ), 401, "CBC.0154");
        assertCbcError("a topic this service does not consume",
                given().auth().oauth2(Tokens.operator()).get("/v2/operations/dead-letters/customer.events.dlq"),
                404, "CBC.91000001");
    }

    private long timesProcessed(String eventId) {
        return Tx.call(() -> projections.getSession().chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM processed_event WHERE consumer = 'customer-service' AND event_id = :id")
                        .setParameter("id", UUID.fromString(eventId)).getSingleResult())
                .map(count -> ((Number) count).longValue()));
    }
}
