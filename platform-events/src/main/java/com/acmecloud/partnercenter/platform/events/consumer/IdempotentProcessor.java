package com.acmecloud.partnercenter.platform.events.consumer;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies an event to a projection at most once per consumer: the event id is recorded in the same
 * reactive transaction as the projection update, so a redelivered event changes nothing. A concurrent
 * duplicate waits on the primary key until the first commits, then is skipped.
 */
@ApplicationScoped
public class IdempotentProcessor {

    private final Clock clock;

    IdempotentProcessor(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param projection applies the event within the transaction this method opens (or joins)
     * @return true if the event was applied now, false if this consumer had already processed it
     */
    public Uni<Boolean> processOnce(String consumer, CloudEvent event, Function<CloudEvent, Uni<?>> projection) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                                VALUES (:consumer, :eventId, :eventType, :processedAt)
                                ON CONFLICT (consumer, event_id) DO NOTHING""")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", UUID.fromString(event.id()))
                        .setParameter("eventType", event.type())
                        .setParameter("processedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .executeUpdate())
                .chain(recorded -> recorded == 0
                        ? Uni.createFrom().item(false)
                        : projection.apply(event).replaceWith(true)));
    }
}
