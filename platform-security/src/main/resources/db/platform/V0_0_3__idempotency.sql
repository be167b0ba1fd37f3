-- Idempotency-Key: the first answer to a creating POST, stored per partner until it expires.
CREATE TABLE idempotency_record (
    partner_id      VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(64)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status_code     INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (partner_id, idempotency_key)
);
CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
