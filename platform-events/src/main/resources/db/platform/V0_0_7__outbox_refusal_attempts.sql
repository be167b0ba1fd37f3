-- A record the broker refuses (too large, invalid topic or record) is tried again until it has been refused
-- partnercenter.outbox.park-after-attempts times, then parked. Between two tries its key waits (retry_at) while the
-- other keys flow; refusals counts the refusals only (attempts also counts rounds lost to a broker outage).
ALTER TABLE outbox_event ADD COLUMN refusals INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_event ADD COLUMN retry_at TIMESTAMPTZ;
-- The relay looks up the records that hold their key (parked, or refused and waiting to be tried again) here.
DROP INDEX outbox_event_parked_key;
CREATE INDEX outbox_event_held_key ON outbox_event (topic, partition_key, id)
    WHERE sent_at IS NULL AND (parked_at IS NOT NULL OR retry_at IS NOT NULL);
