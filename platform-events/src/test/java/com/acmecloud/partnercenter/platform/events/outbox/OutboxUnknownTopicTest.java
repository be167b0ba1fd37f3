package com.acmecloud.partnercenter.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxRelayTest.Note;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Against a broker that, as in production, does not create topics on first use: a record for a topic that does not
 * exist is a refusal (counted, parked, its key held), a broker that does not answer is not.
 */
@QuarkusTest
@TestProfile(OutboxUnknownTopicTest.TopicsNotCreatedOnFirstUse.class)
class OutboxUnknownTopicTest {

    /** A broker of its own, with {@code auto.create.topics.enable=false}; the other resources as usual. */
    public static class TopicsNotCreatedOnFirstUse implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class),
                    new TestResourceEntry(KafkaBrokerResource.class,
                            Map.of(KafkaBrokerResource.AUTO_CREATE_TOPICS, "false")),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final String TOPIC = "platform.test.declared-events";
    static final EventType<Note> NOTED = new EventType<>("test.noted", 1, TOPIC, Note.class);
    static final String MISSING_TOPIC = "platform.test.undeclared-events";
    static final EventType<Note> NOTED_MISSING = new EventType<>("test.noted", 1, MISSING_TOPIC, Note.class);

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ParkedOutboxEvents parkedEvents;

    @Inject
    Pool pool;

    @Test
    void aRecordForATopicThatDoesNotExistIsParkedAfterTheConfiguredRefusalsHoldingItsKeyWhileOtherKeysFlow() {
        OutboxTestSupport.createTopic(TOPIC, Map.of());
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        CloudEvent refused = Tx.call(() -> outbox.append(NOTED_MISSING, key, "m-1", new Note("nowhere to go")));
        CloudEvent sameKey = Tx.call(() -> outbox.append(NOTED_MISSING, key, "m-2", new Note("behind it")));
        CloudEvent other = Tx.call(() -> outbox.append(NOTED, otherKey, "other", new Note("fits")));

        // each try waits max.block.ms (the send timeout, 3 s here) for metadata, then asks the broker about the topic
        Row parked = OutboxTestSupport.awaitParked(pool, refused.id(), Duration.ofSeconds(60));
        assertThat(parked.getInteger("refusals")).isEqualTo(3);
        assertThat(parked.getString("last_error")).contains(MISSING_TOPIC + " does not exist");
        Row held = OutboxTestSupport.row(pool, sameKey.id());
        assertThat(held.getOffsetDateTime("sent_at")).isNull();
        assertThat(held.getOffsetDateTime("parked_at")).isNull();
        assertThat(held.getInteger("attempts")).isZero();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            assertThat(reader.await(TopicReader.keyed(otherKey), 1, Duration.ofSeconds(30))).hasSize(1);
        }

        // the operator declares the topic and releases the record: it leaves first, then the one held behind it
        OutboxTestSupport.createTopic(MISSING_TOPIC, Map.of());
        assertThat(parkedEvents.retry(UUID.fromString(refused.id())).await().atMost(Duration.ofSeconds(10))).isTrue();
        try (TopicReader reader = new TopicReader(MISSING_TOPIC)) {
            assertThat(OutboxTestSupport.subjects(reader.await(TopicReader.keyed(key), 2, Duration.ofSeconds(30))))
                    .containsExactly("m-1", "m-2");
        }
    }

    @Test
    void whileTheBrokerIsDownARecordWhoseTopicTheProducerHasNotSeenYetWaitsWithoutARefusal() {
        String topic = "platform.test.declared-later-events";
        EventType<Note> noted = new EventType<>("test.noted", 1, topic, Note.class);
        OutboxTestSupport.createTopic(topic, Map.of());
        String key = UUID.randomUUID().toString();
        KafkaBrokerResource.stopBroker();
        try {
            // the send times out waiting for metadata exactly as for a topic that does not exist
            CloudEvent waiting = Tx.call(() -> outbox.append(noted, key, "w-1", new Note("waits")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Row row = OutboxTestSupport.row(pool, waiting.id());
                assertThat(row.getInteger("attempts")).isPositive();
                assertThat(row.getString("last_error")).isNotBlank();
                assertThat(row.getInteger("refusals")).isZero();
                assertThat(row.getOffsetDateTime("parked_at")).isNull();
                assertThat(row.getOffsetDateTime("sent_at")).isNull();
            });
        } finally {
            KafkaBrokerResource.startBroker();
        }
        relay.wake(); // what the poll does in production

        try (TopicReader reader = new TopicReader(topic)) {
            assertThat(reader.await(TopicReader.keyed(key), 1, Duration.ofSeconds(60))).hasSize(1);
        }
    }
}
