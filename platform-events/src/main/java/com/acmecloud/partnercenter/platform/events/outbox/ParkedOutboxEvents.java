package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Outbox records parked after {@code park-after-attempts} refusals, for an operator: what they are, how many later records of the
 * same key wait behind each, and a retry that releases the record (and so the records held behind it, in
 * order) to the relay again.
 */
@ApplicationScoped
public class ParkedOutboxEvents {

    /**
     * One parked record; {@code refusals} counts the broker's refusals since it was last released, {@code attempts}
     * every try; {@code heldBehind} counts the later unsent records of its key that wait for it.
     */
    public record Parked(UUID eventId, String eventType, String topic, String partitionKey, int attempts, int refusals,
                         String lastError, Instant createdAt, Instant parkedAt, long heldBehind) {
    }

    private final Pool pool;
    private final OutboxRelay relay;

    ParkedOutboxEvents(Pool pool, OutboxRelay relay) {
        this.pool = pool;
        this.relay = relay;
    }

    /** The oldest {@code limit} parked records, oldest first. */
    public Uni<List<Parked>> list(int limit) {
        return pool.preparedQuery("""
                        SELECT p.event_id, p.event_type, p.topic, p.partition_key, p.attempts, p.refusals, p.last_error,
                               p.created_at, p.parked_at,
                               (SELECT count(*) FROM outbox_event h
                                WHERE h.sent_at IS NULL AND h.topic = p.topic AND h.partition_key = p.partition_key
                                  AND h.id > p.id) AS held_behind
                        FROM outbox_event p
                        WHERE p.parked_at IS NOT NULL AND p.sent_at IS NULL
                        ORDER BY p.id LIMIT $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<Parked> parked = new ArrayList<>(rows.rowCount());
                    for (Row row : rows) {
                        parked.add(new Parked(row.getUUID("event_id"), row.getString("event_type"),
                                row.getString("topic"), row.getString("partition_key"), row.getInteger("attempts"), row.getInteger("refusals"),
                                row.getString("last_error"), instant(row, "created_at"), instant(row, "parked_at"),
                                row.getLong("held_behind")));
                    }
                    return parked;
                });
    }

    /**
     * Hands a parked record back to the relay, which sends it before the later records of its key. Its refusal count
     * starts again: it is parked again after {@code park-after-attempts} more refusals.
     *
     * @return false if no parked record has this id (unknown, already sent or already released)
     */
    public Uni<Boolean> retry(UUID eventId) {
        return pool.preparedQuery("""
                        UPDATE outbox_event SET parked_at = NULL, refusals = 0, retry_at = NULL
                        WHERE event_id = $1 AND parked_at IS NOT NULL AND sent_at IS NULL""")
                .execute(Tuple.of(eventId))
                .map(result -> result.rowCount() == 1)
                .invoke(released -> {
                    if (released) {
                        relay.wake();
                    }
                });
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
