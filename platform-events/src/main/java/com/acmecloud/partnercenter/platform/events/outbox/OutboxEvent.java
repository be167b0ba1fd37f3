package com.acmecloud.partnercenter.platform.events.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting in (or already published from) the outbox. Rows are written once, then only marked sent. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "partition_key", nullable = false)
    public String partitionKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /**
     * How often the producer or the broker refused this record (too large, topic that does not exist, invalid topic
     * or record).
     */
    @Column(nullable = false)
    public int refusals;

    /** Set while a refused record (and the rest of its key) waits to be tried again. */
    @Column(name = "retry_at")
    public Instant retryAt;

    /** Set when the record was refused {@code park-after-attempts} times; a parked row is never sent again by itself. */
    @Column(name = "parked_at")
    public Instant parkedAt;
}
