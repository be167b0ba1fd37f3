package com.acmecloud.partnercenter.platform.events.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads a dead-letter topic and re-publishes its events to the topic they came from, for an operator once the
 * cause is fixed. Replaying is idempotent for the suite's consumers: they record each event id they applied
 * ({@code IdempotentProcessor}), so a replayed event that some consumer already applied changes nothing there,
 * and replaying twice applies it once. Only CloudEvents (with an id) are replayed; a message that is not one
 * would only come back to the dead-letter topic. Blocking Kafka clients: everything runs on a worker thread.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** One dead letter as an operator sees it; {@code eventId} is null for a message that is not a CloudEvent. */
    public record DeadLetter(int partition, long offset, String key, String eventId, String eventType,
                             String sourceTopic, String reason, Instant deadLetteredAt) {
    }

    /** What a replay did: events re-published, and dead letters skipped (not CloudEvents or not selected). */
    public record Replay(List<String> replayedEventIds, int skipped) {
    }

    private final DeadLetterConfig config;
    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final String bootstrapServers;

    DeadLetters(DeadLetterConfig config, Producer<String, String> producer, ObjectMapper json,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.producer = producer;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    public boolean known(String topic) {
        return config.topics().orElse(List.of()).contains(topic);
    }

    public Uni<List<DeadLetter>> list(String topic) {
        return onWorker(() -> read(topic).stream().map(this::describe).toList());
    }

    /** @param eventIds the events to replay; empty: every CloudEvent of the topic */
    public Uni<Replay> replay(String topic, Set<String> eventIds) {
        return onWorker(() -> {
            List<String> replayed = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            int skipped = 0;
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (ConsumerRecord<String, String> record : read(topic)) {
                DeadLetter letter = describe(record);
                if (letter.eventId() == null || (!eventIds.isEmpty() && !eventIds.contains(letter.eventId()))
                        || !seen.add(letter.eventId())) {
                    skipped++;
                    continue;
                }
                acks.add(producer.send(new ProducerRecord<>(letter.sourceTopic(), record.key(), record.value())));
                replayed.add(letter.eventId());
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("the broker did not acknowledge the replay", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            LOG.infof("Replayed %d event(s) from %s (%d skipped)", replayed.size(), topic, skipped);
            return new Replay(replayed, skipped);
        });
    }

    private List<ConsumerRecord<String, String>> read(String topic) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, config.readTimeout());
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, config.readTimeout());
            while (System.nanoTime() < deadline && records.size() < config.maxRecords()
                    && assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))
                            && records.size() < config.maxRecords()) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(java.util.Comparator.comparingLong((ConsumerRecord<String, String> r) -> r.timestamp())
                .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    private DeadLetter describe(ConsumerRecord<String, String> record) {
        String eventId = null;
        String eventType = null;
        try {
            JsonNode event = record.value() == null ? null : json.readTree(record.value());
            if (event != null && event.hasNonNull("id") && event.hasNonNull("type")) {
                UUID.fromString(event.get("id").asText());
                eventId = event.get("id").asText();
                eventType = event.get("type").asText();
            }
        } catch (Exception e) {
            // not a CloudEvent: listed, never replayed
        }
        String source = header(record, "dead-letter-topic");
        if (source == null) {
            source = record.topic().endsWith(".dlq") ? record.topic().substring(0, record.topic().length() - 4)
                    : record.topic();
        }
        return new DeadLetter(record.partition(), record.offset(), record.key(), eventId, eventType, source,
                header(record, "dead-letter-reason"), Instant.ofEpochMilli(record.timestamp()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Runs the blocking Kafka work on a worker thread and continues on the caller's Vert.x context. */
    private static <T> Uni<T> onWorker(java.util.function.Supplier<T> work) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        java.util.concurrent.Executor back = context == null ? Runnable::run
                : command -> context.runOnContext(ignored -> command.run());
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).emitOn(back);
    }
}
