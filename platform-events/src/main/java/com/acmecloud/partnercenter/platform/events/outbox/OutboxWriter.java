package com.acmecloud.partnercenter.platform.events.outbox;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's reactive transaction — the only way a service
 * publishes. If the transaction rolls back, the event was never written; if it commits, the relay will
 * publish it (the insert trigger's NOTIFY wakes the relay at commit).
 */
@ApplicationScoped
public class OutboxWriter {

    private final CloudEventCodec codec;
    private final OutboxConfig config;
    private final Clock clock;

    OutboxWriter(CloudEventCodec codec, OutboxConfig config, Clock clock) {
        this.codec = codec;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Must run inside {@code @WithTransaction} / {@code Panache.withTransaction}: without a transaction the
     * event could be written apart from the state change it reports, so that fails.
     *
     * @param partnerId the Kafka key: every event of one partner lands on one partition, in order
     * @param subject   the id of the object the event is about
     */
    public <T> Uni<CloudEvent> append(EventType<T> type, String partnerId, String subject, T data) {
        return Panache.currentTransaction().chain(transaction -> {
            if (transaction == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "An outbox event is written only inside the transaction of its state change"));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            CloudEvent event = codec.envelope(type, config.source(), subject, data, now);
            OutboxEvent row = new OutboxEvent();
            row.eventId = UUID.fromString(event.id());
            row.topic = type.topic();
            row.partitionKey = partnerId;
            row.eventType = event.type();
            row.payload = codec.encode(event);
            row.createdAt = now;
            return Panache.getSession().chain(session -> session.persist(row)).replaceWith(event);
        });
    }
}
