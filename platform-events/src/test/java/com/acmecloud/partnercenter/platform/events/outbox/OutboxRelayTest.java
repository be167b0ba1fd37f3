package com.acmecloud.partnercenter.platform.events.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox on its own: written only with the state change, woken by the commit, ordered, never stuck. */
@QuarkusTest
class OutboxRelayTest {

    record Note(String text) {
    }

    static final String TOPIC = "platform.test.events";
    static final EventType<Note> NOTED = new EventType<>("test.noted", 1, TOPIC, Note.class);
    /** A topic whose broker-side size limit (1 KiB) is below the producer's. */
    static final String SMALL_TOPIC = "platform.test.small-events";
    static final EventType<Note> NOTED_SMALL = new EventType<>("test.noted", 1, SMALL_TOPIC, Note.class);
    /** A topic of its own (its size limit is raised during the test) for the refusal in the middle of a round. */
    static final String ORDER_TOPIC = "platform.test.order-events";
    static final EventType<Note> NOTED_ORDER = new EventType<>("test.noted", 1, ORDER_TOPIC, Note.class);

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ParkedOutboxEvents parkedEvents;

    @Inject
    Pool pool;

    @Test
    void aCommittedEventLeavesOnTheCommitNotificationWithMillisecondTime() {
        String key = UUID.randomUUID().toString();
        CloudEvent event = Tx.call(() -> outbox.append(NOTED, key, "s-1", new Note("hello")));

        try (TopicReader reader = new TopicReader(TOPIC)) {
            // the poll runs hourly in this test profile: only the NOTIFY of the commit can have woken the relay
            ConsumerRecord<String, String> record = reader.await(TopicReader.keyed(key), 1, Duration.ofSeconds(20)).get(0);
            JsonPath json = JsonPath.from(record.value());
            assertThat(json.getString("id")).isEqualTo(event.id());
            assertThat(json.getString("type")).isEqualTo("test.noted.v1");
            assertThat(json.getString("time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(json.getString("data.text")).isEqualTo("hello");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> row(event.id()).getOffsetDateTime("sent_at") != null);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverWritten() {
        List<CloudEvent> appended = new ArrayList<>();
        assertThatThrownBy(() -> Tx.call(() -> outbox.append(NOTED, "k", "s", new Note("lost"))
                .invoke(appended::add)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the state change failed")))))
                .hasMessageContaining("the state change failed");

        assertThat(appended).hasSize(1);
        assertThat(rows(appended.get(0).id())).isEmpty();
    }

    @Test
    void appendingOutsideATransactionFails() {
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() ->
                Panache.withSession(() -> outbox.append(NOTED, "k", "s", new Note("no transaction")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void eventsOfOnePartnerArriveInTheOrderTheyCommitted() {
        String key = UUID.randomUUID().toString();
        IntStream.range(0, 30).forEach(i -> Tx.call(() -> outbox.append(NOTED, key, "s-" + i, new Note("n" + i))));

        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<String> subjects = reader.await(TopicReader.keyed(key), 30, Duration.ofSeconds(30)).stream()
                    .map(record -> JsonPath.from(record.value()).getString("subject")).toList();
            assertThat(subjects).containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> "s-" + i).toList());
        }
    }

    @Test
    void whileKafkaIsDownEventsWaitInTheOutboxAndLeaveInOrderWhenItIsBack() {
        String key = UUID.randomUUID().toString();
        KafkaBrokerResource.stopBroker();
        try {
            CloudEvent first = Tx.call(() -> outbox.append(NOTED, key, "s-0", new Note("n0")));
            Tx.call(() -> outbox.append(NOTED, key, "s-1", new Note("n1")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Row waiting = row(first.id());
                assertThat(waiting.getInteger("attempts")).isPositive();
                assertThat(waiting.getString("last_error")).isNotBlank();
                assertThat(waiting.getOffsetDateTime("sent_at")).isNull();
                assertThat(waiting.getOffsetDateTime("parked_at")).isNull();
                assertThat(waiting.getInteger("refusals")).isZero(); // an outage is not the record's fault
            });
        } finally {
            KafkaBrokerResource.startBroker();
        }
        relay.wake(); // what the poll does in production

        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<String> subjects = reader.await(TopicReader.keyed(key), 2, Duration.ofSeconds(60)).stream()
                    .map(record -> JsonPath.from(record.value()).getString("subject")).toList();
            assertThat(subjects).startsWith("s-0", "s-1");
        }
    }

    @Test
    void aRecordTheProducerRefusesIsTriedAgainAndParkedAfterTheConfiguredRefusalsWhileOtherKeysFlow() {
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        String tooLarge = "x".repeat(2 * 1024 * 1024); // above the producer's max.request.size: refused before the send
        CloudEvent refused = Tx.call(() -> outbox.append(NOTED, key, "too-large", new Note(tooLarge)));
        CloudEvent sameKey = Tx.call(() -> outbox.append(NOTED, key, "next", new Note("fits")));
        CloudEvent other = Tx.call(() -> outbox.append(NOTED, otherKey, "other", new Note("fits")));

        Row parked = awaitParked(refused.id());
        // park-after-attempts=3 in this test profile: refused three times, one refused-retry-interval apart
        assertThat(parked.getInteger("refusals")).isEqualTo(3);
        assertThat(parked.getInteger("attempts")).isEqualTo(3);
        assertThat(parked.getString("last_error")).contains("max.request.size");
        // the other key did not wait for the retries: it left in the round right after the first refusal
        assertThat(row(other.id()).getOffsetDateTime("sent_at")).isBefore(parked.getOffsetDateTime("parked_at"));
        try (TopicReader reader = new TopicReader(TOPIC)) {
            assertThat(reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30)))
                    .extracting(r -> JsonPath.from(r.value()).getString("id")).containsExactly(other.id());
            // the later record of the refused key never overtook it, neither while it was retried nor once parked
            Row held = row(sameKey.id());
            assertThat(held.getOffsetDateTime("sent_at")).isNull();
            assertThat(held.getOffsetDateTime("parked_at")).isNull();
            assertThat(held.getInteger("attempts")).isZero();
            assertThat(reader.received(TopicReader.keyed(key))).isEmpty();
        }
    }

    @Test
    void aRecordTheBrokerRefusesInItsAcknowledgementIsParkedAfterTheConfiguredRefusalsAndCounted() {
        OutboxTestSupport.createTopic(SMALL_TOPIC, Map.of("max.message.bytes", "1024"));
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        // below the producer's limit, above the topic's: the producer sends it and the broker answers with the error
        CloudEvent refused = Tx.call(() -> outbox.append(NOTED_SMALL, key, "large", new Note("y".repeat(4096))));
        CloudEvent sameKey = Tx.call(() -> outbox.append(NOTED_SMALL, key, "next", new Note("fits")));
        CloudEvent other = Tx.call(() -> outbox.append(NOTED_SMALL, otherKey, "other", new Note("fits")));

        Row parked = awaitParked(refused.id());
        assertThat(parked.getInteger("refusals")).isEqualTo(3);
        assertThat(parked.getString("last_error")).containsIgnoringCase("larger than");
        try (TopicReader reader = new TopicReader(SMALL_TOPIC)) {
            assertThat(reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30)))
                    .extracting(r -> JsonPath.from(r.value()).getString("id")).containsExactly(other.id());
            assertThat(row(sameKey.id()).getOffsetDateTime("sent_at")).isNull();
            assertThat(reader.received(TopicReader.keyed(key))).isEmpty();
        }
        // the producer is still usable after the broker's refusal
        String afterwards = UUID.randomUUID().toString();
        Tx.call(() -> outbox.append(NOTED, afterwards, "after", new Note("fits")));
        try (TopicReader reader = new TopicReader(TOPIC)) {
            assertThat(reader.await(TopicReader.keyed(afterwards), 1, Duration.ofSeconds(30))).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(parkedGauge()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aRecordTheBrokerRefusesInTheMiddleOfARoundKeepsTheLaterRecordsOfItsKeyOffKafkaWhileOtherKeysLeave() {
        OutboxTestSupport.createTopic(ORDER_TOPIC, Map.of("max.message.bytes", "8192"));
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        // one transaction, so one round reads all four. k-2 is above the topic's limit and above the producer's
        // batch.size (16 KiB), so it travels in a batch of its own and the broker refuses it alone
        List<CloudEvent> events = new ArrayList<>();
        Tx.run(() -> outbox.append(NOTED_ORDER, key, "k-1", new Note("fits")).invoke(events::add)
                .chain(() -> outbox.append(NOTED_ORDER, key, "k-2", new Note("z".repeat(32 * 1024))))
                .invoke(events::add)
                .chain(() -> outbox.append(NOTED_ORDER, key, "k-3", new Note("fits"))).invoke(events::add)
                .chain(() -> outbox.append(NOTED_ORDER, otherKey, "l-1", new Note("fits"))).invoke(events::add));
        CloudEvent second = events.get(1);
        CloudEvent third = events.get(2);
        CloudEvent other = events.get(3);

        Row parked = awaitParked(second.id());
        assertThat(parked.getInteger("refusals")).isEqualTo(3);
        assertThat(row(other.id()).getOffsetDateTime("sent_at")).isNotNull();
        Row held = row(third.id());
        assertThat(held.getOffsetDateTime("sent_at")).isNull();
        assertThat(held.getOffsetDateTime("parked_at")).isNull();
        assertThat(held.getInteger("attempts")).isZero();
        try (TopicReader reader = new TopicReader(ORDER_TOPIC)) {
            // one partition: once l-1 is read, whatever of the key reached the topic before it is read too
            assertThat(reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30))).isNotEmpty();
            assertThat(OutboxTestSupport.subjects(reader.received(TopicReader.keyed(key)))).containsExactly("k-1");

            // the operator raises the topic's limit and releases the parked record: it leaves first, then k-3
            OutboxTestSupport.alterTopic(ORDER_TOPIC, "max.message.bytes", "1048576");
            assertThat(parkedEvents.retry(UUID.fromString(second.id())).await().atMost(Duration.ofSeconds(10)))
                    .isTrue();
            assertThat(OutboxTestSupport.subjects(reader.await(TopicReader.keyed(key), 3, Duration.ofSeconds(30))))
                    .containsExactly("k-1", "k-2", "k-3");
        }
    }

    private static double parkedGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("(?m)^outbox_parked_events(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        return gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLockNothingIsSentTwiceAndNothingIsLost() {
        String key = UUID.randomUUID().toString();
        SqlConnection otherReplica = pool.getConnectionAndAwait();
        try {
            otherReplica.query("BEGIN").executeAndAwait();
            otherReplica.preparedQuery("SELECT pg_advisory_xact_lock($1)").executeAndAwait(Tuple.of(OutboxRelay.RELAY_LOCK));
            CloudEvent event = Tx.call(() -> outbox.append(NOTED, key, "s", new Note("waits")));

            assertThat(relay.publishRound().await().atMost(Duration.ofSeconds(10))).isFalse();
            assertThat(row(event.id()).getOffsetDateTime("sent_at")).isNull();
        } finally {
            otherReplica.query("ROLLBACK").executeAndAwait();
            otherReplica.closeAndAwait();
        }
        relay.wake(); // the other replica's round ended; the next wake-up (here: the poll's) drains the row

        try (TopicReader reader = new TopicReader(TOPIC)) {
            assertThat(reader.await(TopicReader.keyed(key), 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void relaysRacingOverTheSameRowsPublishEachRowOnceInOrder() {
        String key = UUID.randomUUID().toString();
        Tx.call(() -> appendAll(key, 0, 200));

        List<CompletableFuture<Void>> replicas = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    for (int round = 0; round < 3; round++) {
                        relay.publishRound().await().atMost(Duration.ofSeconds(20));
                    }
                }))
                .toList();
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).join();

        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<String> subjects = reader.await(TopicReader.keyed(key), 200, Duration.ofSeconds(30)).stream()
                    .map(record -> JsonPath.from(record.value()).getString("subject")).toList();
            assertThat(subjects).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "s-" + i).toList());
            assertThat(reader.received(TopicReader.keyed(key))).hasSize(200);
        }
    }

    private Uni<Void> appendAll(String key, int from, int to) {
        if (from == to) {
            return Uni.createFrom().voidItem();
        }
        return outbox.append(NOTED, key, "s-" + from, new Note("n" + from)).chain(() -> appendAll(key, from + 1, to));
    }

    private Row awaitParked(String eventId) {
        return OutboxTestSupport.awaitParked(pool, eventId, Duration.ofSeconds(30));
    }

    private Row row(String eventId) {
        return OutboxTestSupport.row(pool, eventId);
    }

    private List<Row> rows(String eventId) {
        return OutboxTestSupport.rows(pool, eventId);
    }
}
