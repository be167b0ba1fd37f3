package com.acmecloud.partnercenter.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Hands a round's records to Kafka and waits for the acknowledgements. Blocking (the producer blocks while
 * it has no metadata), so the relay calls it on a worker thread, never on an event loop.
 *
 * <p>Per-key order: a record is handed to the producer only once the previous record of its key (same topic and
 * Kafka key) in the round is acknowledged. The round goes in waves, each wave the oldest waiting record of every
 * key, pipelined; the next wave starts when the whole wave is answered. Kafka keeps the order of what it accepts, but
 * a refusal is final for the refused record only: a later record of its key already in flight would be accepted and
 * land before it. Sent one at a time per key, the later records are not sent while the refused one waits.
 */
@ApplicationScoped
class OutboxPublisher {

    /** A record the round could not publish, and why. */
    record Failed(OutboxRecord row, String error) {
    }

    /**
     * @param sent    ids acknowledged by the broker
     * @param refused records the producer or the broker refused (too large, topic that does not exist, invalid topic
     *                or record), before the send or in the broker's acknowledgement; at most one per key, and no
     *                later record of that key was sent
     * @param failed  the record at which the round stopped because the failure concerns every record alike (broker
     *                unreachable, no acknowledgement in time), or null; records not sent by then wait for the next
     *                round
     */
    record Outcome(List<Long> sent, List<Failed> refused, Failed failed) {
    }

    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final OutboxTopics topics;

    OutboxPublisher(Producer<String, String> producer, OutboxConfig config, OutboxTopics topics) {
        this.producer = producer;
        this.config = config;
        this.topics = topics;
    }

    /**
     * The first row goes alone and is awaited: if the broker is unreachable the round ends there, after one
     * record. Then the waves (see the class comment) until every key is sent or held behind a refusal, or until a
     * failure that concerns every record stops the round.
     */
    Outcome publish(List<OutboxRecord> rows) {
        Round round = new Round(rows);
        List<OutboxRecord> wave = round.first();
        while (!wave.isEmpty() && round.failed == null) {
            publishWave(round, wave);
            wave = round.nextWave();
        }
        return new Outcome(round.sent, round.refused, round.failed);
    }

    private void publishWave(Round round, List<OutboxRecord> wave) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<OutboxRecord> inFlight = new ArrayList<>(wave.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(wave.size());
        for (OutboxRecord row : wave) {
            if (round.absentTopics.contains(row.topic())) {
                round.refuse(row, absentTopic(row.topic(), null));
                continue;
            }
            Future<RecordMetadata> ack = send(row);
            if (ack.isDone()) {
                // refused by the producer before the send, or no metadata within max.block.ms
                settle(round, row, ack, deadline);
                if (round.failed != null) {
                    break;
                }
            } else {
                inFlight.add(row);
                acks.add(ack);
            }
        }
        if (!acks.isEmpty()) {
            producer.flush();
        }
        for (int i = 0; i < acks.size(); i++) {
            settle(round, inFlight.get(i), acks.get(i), deadline);
        }
    }

    private Future<RecordMetadata> send(OutboxRecord row) {
        try {
            return producer.send(new ProducerRecord<>(row.topic(), row.key(), row.payload()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Records what became of one record. A timeout may mean the broker is away or that it answers the topic does
     * not exist (the producer waits for metadata that never comes): the broker is asked which, through
     * {@link OutboxTopics}, while the round has not failed yet.
     */
    private void settle(Round round, OutboxRecord row, Future<RecordMetadata> ack, long deadline) {
        Throwable failure = failure(ack, deadline);
        if (failure == null) {
            round.sent.add(row.id());
        } else if (refused(failure)) {
            round.refuse(row, String.valueOf(failure.getMessage()));
        } else if (round.failed == null && mayBeAbsentTopic(failure) && topics.absent(row.topic())) {
            round.absentTopics.add(row.topic());
            round.refuse(row, absentTopic(row.topic(), failure));
        } else if (round.failed == null) {
            round.failed = new Failed(row, String.valueOf(failure.getMessage()));
        }
    }

    /**
     * Errors about the record itself, whether the producer raises them before sending or the broker answers them in
     * its acknowledgement. Everything else (broker down, no leader, authorisation) concerns every record alike: the
     * round stops and retries, keeping the order.
     */
    private static boolean refused(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof InvalidRecordException;
    }

    private static boolean mayBeAbsentTopic(Throwable cause) {
        return cause instanceof TimeoutException || cause instanceof UnknownTopicOrPartitionException
                || cause instanceof java.util.concurrent.TimeoutException;
    }

    private static String absentTopic(String topic, Throwable failure) {
        String text = "Topic " + topic + " does not exist on the broker";
        return failure == null ? text : text + " (" + failure.getMessage() + ")";
    }

    /** @return null if the broker acknowledged the record in time, else why not */
    private static Throwable failure(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (java.util.concurrent.TimeoutException e) {
            return new java.util.concurrent.TimeoutException("no acknowledgement in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted");
        }
    }

    /** A round's rows by key (topic and Kafka key), oldest first, and what became of them. */
    private static final class Round {

        private record Key(String topic, String key) {
        }

        private final Map<Key, Deque<OutboxRecord>> waiting = new LinkedHashMap<>();
        private final List<Long> sent = new ArrayList<>();
        private final List<Failed> refused = new ArrayList<>();
        private final Set<String> absentTopics = new HashSet<>();
        private Failed failed;

        Round(List<OutboxRecord> rows) {
            rows.forEach(row -> waiting.computeIfAbsent(keyOf(row), key -> new ArrayDeque<>()).add(row));
        }

        /** The oldest row of the round, alone. */
        List<OutboxRecord> first() {
            return List.of(waiting.values().iterator().next().poll());
        }

        /** The oldest unsent row of every key not held behind a refused row. */
        List<OutboxRecord> nextWave() {
            waiting.values().removeIf(Deque::isEmpty);
            List<OutboxRecord> wave = new ArrayList<>(waiting.size());
            waiting.values().forEach(rows -> wave.add(rows.poll()));
            return wave;
        }

        /** The later rows of the refused row's key stay unsent in this round. */
        void refuse(OutboxRecord row, String error) {
            refused.add(new Failed(row, error));
            waiting.remove(keyOf(row));
        }

        private static Key keyOf(OutboxRecord row) {
            return new Key(row.topic(), row.key());
        }
    }
}
