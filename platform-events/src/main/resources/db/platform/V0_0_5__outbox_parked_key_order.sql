-- A parked record holds the later records of its key (topic + Kafka key) behind it: the relay looks them up here.
CREATE INDEX outbox_event_parked_key ON outbox_event (topic, partition_key, id)
    WHERE parked_at IS NOT NULL AND sent_at IS NULL;
