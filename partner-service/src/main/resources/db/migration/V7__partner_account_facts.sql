-- Account facts billing-gateway publishes on billing.events (accountfacts feature): the partner's cash balance
-- (recharge balance, account type 1) from billing.partner_cash_balance_changed.v1, for rule 4 (a Cloud Reseller
-- starts with a zero recharge balance). changed_at is the fact's time: an older fact (a replayed dead letter) never
-- overwrites a newer one. No row: billing never reported cash for the partner (zero).
CREATE TABLE partner_cash_balance (
    partner_id    VARCHAR(64)    PRIMARY KEY,
    cash_balance  NUMERIC(18, 2) NOT NULL CHECK (cash_balance >= 0),
    trans_id      VARCHAR(64),
    changed_at    TIMESTAMPTZ    NOT NULL
);
