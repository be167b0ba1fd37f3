package com.acmecloud.partnercenter.platform.events.outbox;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction — the only way a service publishes.
 * If the transaction rolls back, the event was never written; if it commits, the relay will publish it.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final OutboxConfig config;
    private final Clock clock;

    OutboxWriter(EntityManager entityManager, CloudEventCodec codec, OutboxConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param partnerId the Kafka key: every event of one partner lands on one partition, in order
     * @param subject   the id of the object the event is about
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent append(EventType<T> type, String partnerId, String subject, T data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CloudEvent event = codec.envelope(type, config.source(), subject, data, now);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = type.topic();
        row.partitionKey = partnerId;
        row.eventType = event.type();
        row.payload = codec.encode(event);
        row.createdAt = clock.instant();
        entityManager.persist(row);
        return event;
    }
}
