package com.acmecloud.partnercenter.platform.events.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows to Kafka, oldest first, and marks them sent (at least once).
 *
 * <p>A round runs when a writing transaction commits (its NOTIFY, see {@link OutboxWakeUp}) and on a slow
 * poll, the safety net for a lost notification. One relay works at a time across all replicas (a
 * PostgreSQL advisory lock held for the round), so rows leave in insertion order. Within a round a row is sent only
 * once the previous row of its key is acknowledged ({@link OutboxPublisher}); other keys go in parallel.
 *
 * <p>When the broker does not answer (unreachable, no acknowledgement in time) the round stops: the rows it had
 * not sent wait for the next round (rows already on the broker may then be sent again: consumers de-duplicate by
 * event id) and nothing is counted towards parking. A send that times out waiting for the topic's metadata is
 * told apart by asking the broker whether the topic exists ({@link OutboxTopics}): a topic the broker says does not
 * exist is a refusal, a broker that does not answer is an outage.
 *
 * <p>A record the producer or the broker refuses (too large, topic that does not exist, invalid topic or record;
 * also when the broker's acknowledgement carries the error) does not stop the other keys: it waits
 * {@code refused-retry-interval} ({@code retry_at}) and is tried again, and after {@code park-after-attempts}
 * refusals ({@code refusals}) it is parked. The later rows of its key (same topic and Kafka key) are not sent in the
 * round of the refusal and, while it waits and while it is parked, are held behind it, so they never overtake it,
 * until it is sent or an operator retries it ({@code POST /v2/operations/outbox/parked-events/{event_id}/retry}).
 * Runs outside any request transaction, on the reactive client; only the Kafka hand-over runs on a worker thread,
 * because the producer may block.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    static final long RELAY_LOCK = 0x0B0C5E7A11L;

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final OutboxBacklog backlog;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;

    OutboxRelay(Pool pool, OutboxPublisher publisher, OutboxConfig config, OutboxBacklog backlog) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.backlog = backlog;
    }

    @Scheduled(identity = "outbox-relay-poll", every = "${partnercenter.outbox.poll-interval:5s}")
    void poll() {
        wake();
    }

    /**
     * Asks for a drain of the outbox. Never waits: if a drain is running, it runs once more when done, so
     * a burst of commits costs one extra round, not one per commit.
     */
    public void wake() {
        if (stopping) {
            return;
        }
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            drain();
        }
    }

    private void drain() {
        wanted.set(false);
        publishUntilDrained()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .chain(ignored -> backlog.refresh().onFailure().recoverWithNull())
                .subscribe().with(ignored -> finished(), e -> finished());
    }

    private void finished() {
        running.set(false);
        if (wanted.get() && running.compareAndSet(false, true)) {
            drain();
        }
    }

    /** No new round once the application stops: the pool is about to close; unsent rows wait for the next start. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private Uni<Void> publishUntilDrained() {
        return publishRound().chain(more -> more && !stopping ? publishUntilDrained() : Uni.createFrom().voidItem());
    }

    /** @return whether another round should follow at once: the round read a full batch */
    Uni<Boolean> publishRound() {
        return pool.withTransaction(connection -> tryLock(connection).chain(locked -> {
            if (!locked) {
                return Uni.createFrom().item(false);
            }
            return unsent(connection).chain(rows -> {
                if (rows.isEmpty()) {
                    return Uni.createFrom().item(false);
                }
                Executor back = onThisContext();
                return Uni.createFrom().item(() -> publisher.publish(rows))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(back)
                        .chain(outcome -> record(connection, rows, outcome));
            });
        }));
    }

    private Uni<Boolean> record(SqlConnection connection, List<OutboxRecord> rows, OutboxPublisher.Outcome outcome) {
        Uni<Void> recorded = markSent(connection, outcome.sent());
        boolean retrySoon = false;
        for (OutboxPublisher.Failed refusal : outcome.refused()) {
            recorded = recorded.chain(() -> refused(connection, refusal));
            retrySoon |= refusal.row().refusals() + 1 < config.parkAfterAttempts();
        }
        if (retrySoon) {
            recorded = recorded.invoke(this::wakeAfterRetryInterval);
        }
        OutboxPublisher.Failed failed = outcome.failed();
        if (failed != null) {
            LOG.warnf("Outbox row %d not published yet: %s", failed.row().id(), failed.error());
            return recorded.chain(() -> recordFailure(connection, failed.row(), failed.error())).replaceWith(false);
        }
        return recorded.replaceWith(rows.size() == config.batchSize());
    }

    /** Counts the refusal; the record and the rest of its key wait out the retry interval, or it is parked. */
    private Uni<Void> refused(SqlConnection connection, OutboxPublisher.Failed refusal) {
        OutboxRecord row = refusal.row();
        int refusals = row.refusals() + 1;
        if (refusals >= config.parkAfterAttempts()) {
            LOG.errorf("Outbox row %d (%s) refused %d times and parked: %s", row.id(), row.eventType(), refusals,
                    refusal.error());
            return park(connection, row, refusal.error());
        }
        LOG.warnf("Outbox row %d (%s) refused (%d of %d before parking), its key waits %s: %s", row.id(),
                row.eventType(), refusals, config.parkAfterAttempts(), config.refusedRetryInterval(), refusal.error());
        return holdForRetry(connection, row, refusal.error());
    }

    private static Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)").execute(Tuple.of(RELAY_LOCK))
                .map(result -> result.iterator().next().getBoolean(0));
    }

    private Uni<List<OutboxRecord>> unsent(SqlConnection connection) {
        return connection.preparedQuery("""
                        SELECT id, topic, partition_key, event_type, payload, refusals FROM outbox_event o
                        WHERE sent_at IS NULL AND parked_at IS NULL AND (retry_at IS NULL OR retry_at <= now())
                          AND NOT EXISTS (SELECT 1 FROM outbox_event p
                                          WHERE p.sent_at IS NULL AND (p.parked_at IS NOT NULL OR p.retry_at > now())
                                            AND p.topic = o.topic AND p.partition_key = o.partition_key
                                            AND p.id < o.id)
                        ORDER BY id LIMIT $1""")
                .execute(Tuple.of(config.batchSize()))
                .map(result -> {
                    List<OutboxRecord> rows = new ArrayList<>(result.rowCount());
                    for (Row row : result) {
                        rows.add(new OutboxRecord(row.getLong(0), row.getString(1), row.getString(2),
                                row.getString(3), row.getString(4), row.getInteger(5)));
                    }
                    return rows;
                });
    }

    private static Uni<Void> markSent(SqlConnection connection, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY ($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new))).replaceWithVoid();
    }

    private static Uni<Void> recordFailure(SqlConnection connection, OutboxRecord row, String error) {
        return connection.preparedQuery("UPDATE outbox_event SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
                .execute(Tuple.of(truncated(error), row.id())).replaceWithVoid();
    }

    private static Uni<Void> park(SqlConnection connection, OutboxRecord row, String error) {
        return connection.preparedQuery("""
                        UPDATE outbox_event SET attempts = attempts + 1, refusals = refusals + 1, last_error = $1,
                                                parked_at = now(), retry_at = NULL
                        WHERE id = $2""")
                .execute(Tuple.of(truncated(error), row.id())).replaceWithVoid();
    }

    /** The record and the rest of its key wait out the retry interval; the other keys go on at once. */
    private Uni<Void> holdForRetry(SqlConnection connection, OutboxRecord row, String error) {
        return connection.preparedQuery("""
                        UPDATE outbox_event SET attempts = attempts + 1, refusals = refusals + 1, last_error = $1,
                                                retry_at = now() + make_interval(secs => $2)
                        WHERE id = $3""")
                .execute(Tuple.of(truncated(error), config.refusedRetryInterval().toMillis() / 1000.0, row.id()))
                .replaceWithVoid();
    }

    /** The next try of a refused record must not wait for a commit or the slow poll. */
    private void wakeAfterRetryInterval() {
        Uni.createFrom().voidItem().onItem().delayIt().by(config.refusedRetryInterval())
                .subscribe().with(ignored -> wake());
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m")
    Uni<Void> purgeSent() {
        return pool.preparedQuery("DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) config.retention().toSeconds()))
                .invoke(result -> {
                    if (result.rowCount() > 0) {
                        LOG.infof("Purged %d published outbox rows", result.rowCount());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("Outbox purge failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Continues on the SQL connection's Vert.x context after the worker thread's Kafka hand-over. */
    private static Executor onThisContext() {
        Context context = io.vertx.core.Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }

    private static String truncated(String error) {
        String text = error == null ? "not acknowledged" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
