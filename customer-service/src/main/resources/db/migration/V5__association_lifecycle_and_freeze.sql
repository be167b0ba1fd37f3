-- Association lifecycle (rules 26-28): a partner asks to switch a customer's association type, the customer
-- confirms or rejects; pending requests expire. And the partner's manual freeze of resale customers (INTL API).

-- 0 not frozen, 1 account frozen (ACCOUNT), 2 account and resources frozen (ACCOUNT_AND_RESOURCE)
ALTER TABLE sub_customer
    ADD COLUMN is_frozen SMALLINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT sub_customer_is_frozen CHECK (is_frozen IN (0, 1, 2));

-- A partner's request to switch the association type; rule 27 counts every request made (whatever became of it).
CREATE TABLE association_change_request (
    request_id       UUID         PRIMARY KEY,
    customer_id      VARCHAR(64)  NOT NULL REFERENCES sub_customer (customer_id),
    partner_id       VARCHAR(64)  NOT NULL,
    distributor_id   VARCHAR(64),
    from_type        SMALLINT     NOT NULL,
    to_type          SMALLINT     NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    requested_by     VARCHAR(128) NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    decided_by       VARCHAR(128),
    decided_at       TIMESTAMPTZ,
    CONSTRAINT association_change_request_types CHECK (from_type IN (1, 2) AND to_type IN (1, 2) AND from_type <> to_type),
    CONSTRAINT association_change_request_status
        CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT association_change_request_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
-- at most one pending request per customer (the state machine's SWITCH_PENDING state)
CREATE UNIQUE INDEX association_change_request_pending ON association_change_request (customer_id)
    WHERE status = 'PENDING';
CREATE INDEX association_change_request_pair ON association_change_request (customer_id, partner_id, requested_at);
CREATE INDEX association_change_request_partner ON association_change_request (partner_id, requested_at);
CREATE INDEX association_change_request_due ON association_change_request (expires_at) WHERE status = 'PENDING';

-- Append-only record of freezes and unfreezes (never updated or deleted).
CREATE TABLE freeze_record (
    record_id        UUID         PRIMARY KEY,
    customer_id      VARCHAR(64)  NOT NULL REFERENCES sub_customer (customer_id),
    partner_id       VARCHAR(64)  NOT NULL,
    action           VARCHAR(8)   NOT NULL,
    freeze_type      VARCHAR(24)  NOT NULL,
    reason           VARCHAR(256) NOT NULL,
    actor            VARCHAR(128) NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT freeze_record_action CHECK (action IN ('FREEZE', 'UNFREEZE')),
    CONSTRAINT freeze_record_type CHECK (freeze_type IN ('ACCOUNT', 'ACCOUNT_AND_RESOURCE'))
);
CREATE INDEX freeze_record_customer ON freeze_record (customer_id, occurred_at);
