package com.acmecloud.partnercenter.platform.events.outbox;

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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

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
    void aRecordTheBrokerRefusesForGoodIsParkedAndHoldsTheLaterEventsOfItsKeyWhileOtherKeysFlow() {
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        String tooLarge = "x".repeat(2 * 1024 * 1024); // above the producer's max.request.size
        CloudEvent refused = Tx.call(() -> outbox.append(NOTED, key, "too-large", new Note(tooLarge)));
        CloudEvent sameKey = Tx.call(() -> outbox.append(NOTED, key, "next", new Note("fits")));
        CloudEvent other = Tx.call(() -> outbox.append(NOTED, otherKey, "other", new Note("fits")));

        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30));
            assertThat(records).extracting(r -> JsonPath.from(r.value()).getString("id")).containsExactly(other.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> row(other.id()).getOffsetDateTime("sent_at") != null);
            // the round that sent the later row of another key would have sent this one too, had it not been held
            Row held = row(sameKey.id());
            assertThat(held.getOffsetDateTime("sent_at")).isNull();
            assertThat(held.getOffsetDateTime("parked_at")).isNull();
            assertThat(reader.received(TopicReader.keyed(key))).isEmpty();
        }
        Row parked = row(refused.id());
        assertThat(parked.getOffsetDateTime("parked_at")).isNotNull();
        assertThat(parked.getOffsetDateTime("sent_at")).isNull();
        assertThat(parked.getString("last_error")).contains("max.request.size");
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

    private Row row(String eventId) {
        List<Row> rows = rows(eventId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Row> rows(String eventId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT sent_at, parked_at, attempts, last_error FROM outbox_event WHERE event_id = $1")
                .executeAndAwait(Tuple.of(UUID.fromString(eventId))).forEach(rows::add);
        return rows;
    }
}
