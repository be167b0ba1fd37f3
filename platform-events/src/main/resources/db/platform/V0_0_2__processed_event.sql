-- Idempotent consumers: an event id is recorded in the same transaction as the projection update.
CREATE TABLE processed_event (
    consumer     VARCHAR(128) NOT NULL,
    event_id     UUID         NOT NULL,
    event_type   VARCHAR(128) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
