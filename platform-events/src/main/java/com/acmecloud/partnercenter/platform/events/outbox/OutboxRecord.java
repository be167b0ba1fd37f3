package com.acmecloud.partnercenter.platform.events.outbox;

/** An unsent outbox row as the relay reads it. */
record OutboxRecord(long id, String topic, String key, String eventType, String payload) {
}
