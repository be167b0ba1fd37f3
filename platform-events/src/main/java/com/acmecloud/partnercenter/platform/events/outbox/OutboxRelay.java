package com.acmecloud.partnercenter.platform.events.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows to Kafka, oldest first, and marks them sent (at least once).
 *
 * <p>One relay works at a time across all replicas (a PostgreSQL advisory lock held for the round), so
 * rows leave in insertion order. A round stops at the first record that is not acknowledged; that record
 * and the rest wait for the next round (rows already on the broker may then be sent again: consumers
 * de-duplicate by event id). Runs outside any request transaction.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    private static final long RELAY_LOCK = 0x0B0C5E7A11L;

    private final AgroalDataSource dataSource;
    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final OutboxBacklog backlog;

    OutboxRelay(AgroalDataSource dataSource, Producer<String, String> producer, OutboxConfig config,
                OutboxBacklog backlog) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.config = config;
        this.backlog = backlog;
    }

    @Scheduled(identity = "outbox-relay", every = "${partnercenter.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            int published;
            do {
                published = publishRound();
            } while (published == config.batchSize());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
        } finally {
            backlog.refresh();
        }
    }

    /** @return how many rows were published and marked sent */
    int publishRound() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Row> rows = unsent(connection);
                List<Long> sent = publish(rows);
                markSent(connection, sent);
                if (sent.size() < rows.size()) {
                    recordFailure(connection, rows.get(sent.size()));
                }
                connection.commit();
                return sent.size() == rows.size() ? sent.size() : -1;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * The first row goes alone and is awaited: if the broker is unreachable the round ends there, before a
     * later row could overtake it. Once it is acknowledged the rest are pipelined; the idempotent producer
     * keeps their order within each partition.
     */
    private List<Long> publish(List<Row> rows) {
        List<Long> sent = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return sent;
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        if (!acknowledged(rows.get(0), send(rows.get(0)), deadline)) {
            return sent;
        }
        sent.add(rows.get(0).id);
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows.subList(1, rows.size())) {
            Future<RecordMetadata> ack = send(row);
            acks.add(ack);
            if (ack.isDone() && !acknowledged(row, ack, deadline)) {
                break;
            }
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            if (!acknowledged(rows.get(i + 1), acks.get(i), deadline)) {
                break;
            }
            sent.add(rows.get(i + 1).id);
        }
        return sent;
    }

    private Future<RecordMetadata> send(Row row) {
        try {
            return producer.send(new ProducerRecord<>(row.topic, row.key, row.payload));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean acknowledged(Row row, Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            row.error = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        } catch (TimeoutException e) {
            row.error = "no acknowledgement in time";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            row.error = "interrupted";
        }
        return false;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Row> unsent(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, topic, partition_key, payload FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                }
            }
        }
        return rows;
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private static void recordFailure(Connection connection, Row row) throws SQLException {
        String error = row.error == null ? "not acknowledged" : row.error;
        LOG.warnf("Outbox row %d not published yet: %s", row.id, error);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setLong(2, row.id);
            update.executeUpdate();
        }
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m")
    void purgeSent() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Purged %d published outbox rows", deleted);
            }
        } catch (SQLException e) {
            LOG.warnf("Outbox purge failed: %s", e.getMessage());
        }
    }

    private static final class Row {
        final long id;
        final String topic;
        final String key;
        final String payload;
        String error;

        Row(long id, String topic, String key, String payload) {
            this.id = id;
            this.topic = topic;
            this.key = key;
            this.payload = payload;
        }
    }
}
