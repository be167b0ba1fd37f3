package com.acmecloud.partnercenter.platform.events.operations.rest;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An operator sees the parked outbox records and releases them; the records held behind follow in order. */
@QuarkusTest
class OutboxOperationsResourceTest {

    record Note(String text) {
    }

    static final String TOPIC = "platform.operations.events";
    static final EventType<Note> NOTED = new EventType<>("test.noted", 1, TOPIC, Note.class);
    static final String PARKED = "/v2/operations/outbox/parked-events";

    @Inject
    OutboxWriter outbox;

    @Inject
    Pool pool;

    @Test
    void aRetriedParkedRecordLeavesFirstAndReleasesTheRecordsOfItsKeyInOrder() {
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        // parked earlier (say the broker refused its size, and its limit has since been raised)
        UUID parkedId = parkedRow(key, "s-0");
        CloudEvent first = Tx.call(() -> outbox.append(NOTED, key, "s-1", new Note("n1")));
        CloudEvent second = Tx.call(() -> outbox.append(NOTED, key, "s-2", new Note("n2")));
        CloudEvent other = Tx.call(() -> outbox.append(NOTED, otherKey, "o", new Note("other key")));

        try (TopicReader reader = new TopicReader(TOPIC)) {
            reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(other.id()) != null);
            assertThat(sentAt(first.id().toString())).isNull();
            assertThat(sentAt(second.id().toString())).isNull();

            JsonPath listed = given().auth().oauth2(Tokens.operator()).get(PARKED)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = listed.getList("parked_events");
            Map<String, Object> mine = rows.stream().filter(r -> parkedId.toString().equals(r.get("event_id")))
                    .findFirst().orElseThrow(() -> new AssertionError("parked record not listed: " + rows));
            assertThat(mine).containsEntry("partition_key", key).containsEntry("topic", TOPIC)
                    .containsEntry("event_type", "test.noted.v1").containsEntry("held_behind", 2)
                    .containsEntry("last_error", "The message is 2097252 bytes when serialized");
            assertThat(mine.get("parked_at")).isNotNull();
            assertThat(listed.getInt("count")).isEqualTo(rows.size());

            given().auth().oauth2(Tokens.operator()).post(PARKED + "/" + parkedId + "/retry").then().statusCode(204);

            List<String> subjects = reader.await(TopicReader.keyed(key), 3, Duration.ofSeconds(30)).stream()
                    .map(record -> JsonPath.from(record.value()).getString("subject")).toList();
            assertThat(subjects).containsExactly("s-0", "s-1", "s-2");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(second.id()) != null);
        List<String> stillParked = given().auth().oauth2(Tokens.operator()).get(PARKED)
                .then().statusCode(200).extract().jsonPath().getList("parked_events.event_id");
        assertThat(stillParked).doesNotContain(parkedId.toString());
        // released already: nothing parked has this id any more
        assertCbcError("retry of a released record",
                given().auth().oauth2(Tokens.operator()).post(PARKED + "/" + parkedId + "/retry"), 404, "CBC.91000001");
    }

    @Test
    void onlyOperatorsSeeOrRetryParkedRecords() {
        String partner = Tokens.newPartnerId();
        assertCbcError("partner lists", given().auth().oauth2(Tokens.partner(partner)).get(PARKED), 403, "CBC.0151");
        assertCbcError("partner retries", given().auth().oauth2(Tokens.partner(partner))
                .post(PARKED + "/" + UUID.randomUUID() + "/retry"), 403, "CBC.0151");
        assertCbcError("no token", given().get(PARKED), 401, "CBC.0154");
    }

    @Test
    void unknownIdsAndBadLimitsAreCbcErrors() {
        assertCbcError("unknown id", given().auth().oauth2(Tokens.operator())
                .post(PARKED + "/" + UUID.randomUUID() + "/retry"), 404, "CBC.91000001");
        assertCbcError("not a UUID", given().auth().oauth2(Tokens.operator()).post(PARKED + "/nope/retry"),
                404, "CBC.91000001");
        assertCbcError("limit 0", given().auth().oauth2(Tokens.operator()).queryParam("limit", 0).get(PARKED),
                400, "CBC.0101");
    }

    private UUID parkedRow(String key, String subject) {
        UUID eventId = UUID.randomUUID();
        String payload = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"type\":\"test.noted.v1\","
                + "\"source\":\"/platform-events-test\",\"time\":\"2026-11-25T08:00:00.000Z\",\"subject\":\"" + subject
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"text\":\"n0\"}}";
        pool.preparedQuery("""
                        INSERT INTO outbox_event (event_id, topic, partition_key, event_type, payload, created_at,
                                                  attempts, last_error, parked_at)
                        VALUES ($1, $2, $3, 'test.noted.v1', $4, now(), 1, 'The message is 2097252 bytes when serialized', now())""")
                .executeAndAwait(Tuple.of(eventId, TOPIC, key, payload));
        return eventId;
    }

    private Object sentAt(Object eventId) {
        Row row = pool.preparedQuery("SELECT sent_at FROM outbox_event WHERE event_id = $1")
                .executeAndAwait(Tuple.of(UUID.fromString(eventId.toString()))).iterator().next();
        return row.getOffsetDateTime("sent_at");
    }
}
