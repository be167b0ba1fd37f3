-- The money: accounts and an append-only double-entry ledger. Every movement is one ledger_transaction with entries
-- whose amounts add up to zero; account.balance is kept in the same database transaction and always equals the sum
-- of its entries (view ledger_balance_mismatch is empty).

-- Account kinds (owner PARTNER): CASH (Huawei account_type 1, recharge balance), CREDIT (2, credit balance),
-- BONUS (5), DEPOSIT (7), ALLOCATED (contra, <= 0: minus what the partner has allocated to customers and resellers
-- and not reclaimed), DESIGNATED (contra, <= 0: minus the amount reserved for designated uses).
-- Allocatable (account_type 8) = CASH + CREDIT + ALLOCATED + DESIGNATED, i.e. rule 34's
-- balance + credit - allocated - designated; a deferred trigger keeps it >= 0.
-- Owner CUSTOMER (resale): ALLOCATED_BALANCE (what the partner allocated and the customer has not spent), DEBT.
-- One customer account per (customer, partner): money always returns to the partner it came from.
-- Owner PLATFORM: FUNDING_CASH, FUNDING_CREDIT: where recharges and credit lines come from (may be negative).
CREATE TABLE account (
    account_id     BIGSERIAL     PRIMARY KEY,
    owner_type     VARCHAR(16)   NOT NULL,
    owner_id       VARCHAR(64)   NOT NULL,
    -- for CUSTOMER accounts: the partner whose money it holds; for PARTNER accounts: the partner itself
    partner_id     VARCHAR(64)   NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    balance        NUMERIC(20,2) NOT NULL DEFAULT 0,
    currency       VARCHAR(3)    NOT NULL DEFAULT 'CNY',
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT account_owner UNIQUE (owner_type, owner_id, partner_id, kind),
    CONSTRAINT account_owner_type CHECK (owner_type IN ('PARTNER', 'CUSTOMER', 'PLATFORM')),
    CONSTRAINT account_kind CHECK (
        (owner_type = 'PARTNER' AND kind IN ('CASH', 'CREDIT', 'BONUS', 'DEPOSIT', 'ALLOCATED', 'DESIGNATED'))
        OR (owner_type = 'CUSTOMER' AND kind IN ('ALLOCATED_BALANCE', 'DEBT'))
        OR (owner_type = 'PLATFORM' AND kind IN ('FUNDING_CASH', 'FUNDING_CREDIT'))),
    -- rules 35, 36: no balance of a partner or customer goes below zero; contra accounts never above it
    CONSTRAINT account_balance_sign CHECK (
        owner_type = 'PLATFORM'
        OR (kind IN ('ALLOCATED', 'DESIGNATED') AND balance <= 0)
        OR (kind NOT IN ('ALLOCATED', 'DESIGNATED') AND balance >= 0))
);
CREATE INDEX account_partner ON account (partner_id, owner_type);

-- Rule 34/35 at the database: a partner's allocatable amount never goes below zero, checked at commit (the movement
-- may touch several of its accounts first).
CREATE FUNCTION account_check_allocatable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allocatable NUMERIC(20,2);
BEGIN
    IF NEW.owner_type <> 'PARTNER' THEN
        RETURN NULL;
    END IF;
    SELECT COALESCE(SUM(balance), 0) INTO allocatable FROM account
     WHERE owner_type = 'PARTNER' AND owner_id = NEW.owner_id
       AND kind IN ('CASH', 'CREDIT', 'ALLOCATED', 'DESIGNATED');
    IF allocatable < 0 THEN
        RAISE EXCEPTION 'allocatable amount of partner % would be negative', NEW.owner_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'account_allocatable_not_negative';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER account_allocatable_not_negative
    AFTER INSERT OR UPDATE ON account DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION account_check_allocatable();

-- One row per movement of money. trade_type as Huawei's account-change records: RECHARGE, DEDEUCT, REFUND, RFROZEN,
-- TRANS, ADJUST, BEADJUST, BERETRIEVE, BEUNBIND, BONUSCONVERT, TRADE_MODE_TRANSFER.
CREATE TABLE ledger_transaction (
    trans_id               VARCHAR(40)   PRIMARY KEY,
    trade_type             VARCHAR(24)   NOT NULL,
    -- whose book the movement is on (the partner that moved the money, or whose money moved)
    partner_id             VARCHAR(64)   NOT NULL,
    customer_id            VARCHAR(64),
    -- the other partner of a distributor <-> reseller movement
    counterparty_id        VARCHAR(64),
    amount                 NUMERIC(20,2) NOT NULL,
    actor                  VARCHAR(128)  NOT NULL,
    -- the caller's Idempotency-Key / body trans_id, or the id of the event that caused the movement
    idempotency_key        VARCHAR(128),
    memo                   VARCHAR(256),
    created_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT ledger_transaction_amount CHECK (amount > 0),
    CONSTRAINT ledger_transaction_trade_type CHECK (trade_type IN ('RECHARGE', 'DEDEUCT', 'REFUND', 'RFROZEN', 'TRANS',
        'ADJUST', 'BEADJUST', 'BERETRIEVE', 'BEUNBIND', 'BONUSCONVERT', 'TRADE_MODE_TRANSFER')),
    CONSTRAINT ledger_transaction_key UNIQUE (partner_id, trade_type, idempotency_key)
);
CREATE INDEX ledger_transaction_partner_time ON ledger_transaction (partner_id, created_at);
CREATE INDEX ledger_transaction_customer ON ledger_transaction (customer_id, created_at) WHERE customer_id IS NOT NULL;

CREATE TABLE ledger_entry (
    entry_id        BIGSERIAL     PRIMARY KEY,
    trans_id        VARCHAR(40)   NOT NULL REFERENCES ledger_transaction (trans_id),
    account_id      BIGINT        NOT NULL REFERENCES account (account_id),
    amount          NUMERIC(20,2) NOT NULL,
    balance_before  NUMERIC(20,2) NOT NULL,
    balance_after   NUMERIC(20,2) NOT NULL,
    -- for an entry on a partner account: the partner's allocatable amount (account type 8) after the movement, what
    -- its account-change records show as the balance after the change; null for other accounts
    partner_allocatable_after NUMERIC(20,2),
    created_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT ledger_entry_amount CHECK (amount <> 0),
    CONSTRAINT ledger_entry_arithmetic CHECK (balance_after = balance_before + amount)
);
CREATE INDEX ledger_entry_trans ON ledger_entry (trans_id);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id, entry_id);

-- Append-only: entries and transactions are never changed or removed.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_transaction_no_truncate BEFORE TRUNCATE ON ledger_transaction
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

-- Double entry: at commit, the entries of each transaction add up to zero and there are at least two.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total NUMERIC(20,2);
    entries INTEGER;
BEGIN
    SELECT COALESCE(SUM(amount), 0), COUNT(*) INTO total, entries FROM ledger_entry WHERE trans_id = NEW.trans_id;
    IF total <> 0 OR entries < 2 THEN
        RAISE EXCEPTION 'ledger transaction % is not balanced (sum %, % entries)', NEW.trans_id, total, entries
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transaction_balanced';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_transaction_balanced
    AFTER INSERT ON ledger_entry DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();

-- The proof that balances are the ledger: every account whose balance differs from the sum of its entries.
-- Always empty (LedgerInvariantsTest, and an operator's query).
CREATE VIEW ledger_balance_mismatch AS
SELECT a.account_id, a.owner_type, a.owner_id, a.partner_id, a.kind, a.balance,
       COALESCE(e.total, 0) AS entries_total
  FROM account a
  LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM ledger_entry GROUP BY account_id) e
         ON e.account_id = a.account_id
 WHERE a.balance <> COALESCE(e.total, 0);

-- Operator settings of a partner's funds (recharges and credit limit) with their audit trail.
CREATE TABLE partner_credit_limit (
    partner_id     VARCHAR(64)   PRIMARY KEY,
    credit_limit   NUMERIC(20,2) NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT partner_credit_limit_sign CHECK (credit_limit >= 0)
);

CREATE TABLE funds_audit (
    audit_id       BIGSERIAL     PRIMARY KEY,
    partner_id     VARCHAR(64)   NOT NULL,
    -- RECHARGE or CREDIT_LIMIT
    change_type    VARCHAR(16)   NOT NULL,
    value_before   NUMERIC(20,2) NOT NULL,
    value_after    NUMERIC(20,2) NOT NULL,
    reason         VARCHAR(256)  NOT NULL,
    trans_id       VARCHAR(40)   REFERENCES ledger_transaction (trans_id),
    changed_by     VARCHAR(128)  NOT NULL,
    changed_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT funds_audit_type CHECK (change_type IN ('RECHARGE', 'CREDIT_LIMIT'))
);
CREATE INDEX funds_audit_partner ON funds_audit (partner_id, changed_at);
CREATE TRIGGER funds_audit_append_only BEFORE UPDATE OR DELETE ON funds_audit
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
