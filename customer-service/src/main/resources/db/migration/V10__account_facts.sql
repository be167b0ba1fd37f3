-- Account facts billing-gateway publishes on billing.events (accountfacts feature), for rules 10, 11 and 28.
-- customer_debt: a resale customer's debt on one partner's book (billing.customer_arrears_changed.v1); a row with
-- debt 0 means it was cleared. changed_at is the fact's time: an older fact (a replayed dead letter) never
-- overwrites a newer one.
CREATE TABLE customer_debt (
    customer_id   VARCHAR(64)    NOT NULL,
    partner_id    VARCHAR(64)    NOT NULL,
    debt_amount   NUMERIC(18, 2) NOT NULL CHECK (debt_amount >= 0),
    trans_id      VARCHAR(64),
    changed_at    TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (customer_id, partner_id)
);
-- rule 10: "has cash spending" — the first consumption billing charged in cash (billing.consumption_ingested.v1).
-- Once a customer has spent cash it has, so the row is only ever inserted.
CREATE TABLE customer_cash_spending (
    customer_id     VARCHAR(64) PRIMARY KEY,
    first_seen_at   TIMESTAMPTZ NOT NULL,
    first_event_id  UUID        NOT NULL
);
