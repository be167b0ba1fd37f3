package com.acmecloud.partnercenter.platform.events.consumer;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an event to a projection at most once per consumer: the event id is recorded in the same
 * transaction as the projection update, so a redelivered event changes nothing. A concurrent duplicate
 * waits on the primary key until the first commits, then is skipped.
 */
@ApplicationScoped
public class IdempotentProcessor {

    private final EntityManager entityManager;
    private final Clock clock;

    IdempotentProcessor(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return true if the event was applied now, false if this consumer had already processed it */
    @Transactional
    public boolean processOnce(String consumer, CloudEvent event, Consumer<CloudEvent> projection) {
        int recorded = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (:consumer, :eventId, :eventType, :processedAt)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", UUID.fromString(event.id()))
                .setParameter("eventType", event.type())
                .setParameter("processedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        projection.accept(event);
        return true;
    }
}
