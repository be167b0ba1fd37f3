-- The writing transaction wakes the relay: NOTIFY is delivered when it commits (never if it rolls back),
-- and one notification per statement is enough (the relay reads every unsent row).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- A record the broker refuses for good (too large, invalid topic) is parked instead of blocking the rows after it.
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ;
DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL AND parked_at IS NULL;
