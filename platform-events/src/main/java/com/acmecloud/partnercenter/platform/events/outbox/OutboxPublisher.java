package com.acmecloud.partnercenter.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Hands a round's records to Kafka and waits for the acknowledgements. Blocking (the producer blocks while
 * it has no metadata), so the relay calls it on a worker thread, never on an event loop.
 */
@ApplicationScoped
class OutboxPublisher {

    /**
     * @param sent           ids acknowledged by the broker, a prefix of the round's rows
     * @param stoppedAt      the first record not acknowledged, or null if all were
     * @param refused        the producer or the broker refused {@code stoppedAt} itself (too large, invalid topic or
     *                       record), before the send or in the broker's acknowledgement; false when the failure
     *                       concerns every record alike (broker unreachable, no acknowledgement in time)
     */
    record Outcome(List<Long> sent, OutboxRecord stoppedAt, String error, boolean refused) {
    }

    private final Producer<String, String> producer;
    private final OutboxConfig config;

    OutboxPublisher(Producer<String, String> producer, OutboxConfig config) {
        this.producer = producer;
        this.config = config;
    }

    /**
     * The first row goes alone and is awaited: if the broker is unreachable the round ends there, before a
     * later row could overtake it. Once it is acknowledged the rest are pipelined; the idempotent producer
     * keeps their order within each partition.
     */
    Outcome publish(List<OutboxRecord> rows) {
        List<Long> sent = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Failure first = await(send(rows.get(0)), deadline);
        if (first != null) {
            return new Outcome(sent, rows.get(0), first.message(), first.refused());
        }
        sent.add(rows.get(0).id());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRecord row : rows.subList(1, rows.size())) {
            Future<RecordMetadata> ack = send(row);
            acks.add(ack);
            if (ack.isDone() && await(ack, deadline) != null) {
                break;
            }
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            Failure failure = await(acks.get(i), deadline);
            if (failure != null) {
                return new Outcome(sent, rows.get(i + 1), failure.message(), failure.refused());
            }
            sent.add(rows.get(i + 1).id());
        }
        return new Outcome(sent, null, null, false);
    }

    private Future<RecordMetadata> send(OutboxRecord row) {
        try {
            return producer.send(new ProducerRecord<>(row.topic(), row.key(), row.payload()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private record Failure(String message, boolean refused) {
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

    private static Failure await(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Failure(String.valueOf(cause.getMessage()), refused(cause));
        } catch (TimeoutException e) {
            return new Failure("no acknowledgement in time", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure("interrupted", false);
        }
    }
}
