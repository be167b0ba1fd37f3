package com.acmecloud.partnercenter.platform.events.outbox;

/** An unsent outbox row as the relay reads it; {@code refusals} counts the broker's refusals of it so far. */
record OutboxRecord(long id, String topic, String key, String eventType, String payload, int refusals) {
}
