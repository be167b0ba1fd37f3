-- billing-gateway: budgets and auto-freeze (rule 13), incentive payouts (rule 60), withdrawals (rule 41).

-- Rule 41: the verified company name (business_information.changed.v1 verified.contracting_entity) a withdrawal's
-- bank account name must match; null while nothing is verified.
ALTER TABLE partner_projection ADD COLUMN verified_company_name VARCHAR(256);

-- One row per resale customer billing tracks a budget for (created by the partner's first budget, or on a resale
-- association while auto-freeze awaits a budget). Rows of a customer that left the partner stay until it re-associates.
CREATE TABLE customer_budget (
    customer_id              VARCHAR(64)   PRIMARY KEY,
    partner_id               VARCHAR(64)   NOT NULL,
    -- the absolute target set by the partner; null while none is set
    budget_amount            NUMERIC(20,2),
    budget_type              VARCHAR(16)   NOT NULL DEFAULT 'MONTHLY',
    -- 0 manual, 1 billing asks for a freeze when the budget is exhausted
    frozen_operate_type      INTEGER       NOT NULL DEFAULT 1,
    -- the month (YYYY-MM, GMT+8) a package budget counts spending from
    package_start            VARCHAR(7)    NOT NULL,
    -- billing asked customer-service to freeze the customer and has not asked to unfreeze it since
    auto_frozen              BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at               TIMESTAMPTZ   NOT NULL,
    CONSTRAINT customer_budget_amount CHECK (budget_amount IS NULL OR budget_amount >= 0),
    CONSTRAINT customer_budget_type CHECK (budget_type IN ('MONTHLY', 'PACKAGE')),
    CONSTRAINT customer_budget_frozen_operate_type CHECK (frozen_operate_type IN (0, 1))
);
CREATE INDEX customer_budget_partner ON customer_budget (partner_id);

-- The customer's rated spending per month (GMT+8) as the consumption feature last reported it (an absolute total).
CREATE TABLE customer_budget_spending (
    customer_id              VARCHAR(64)   NOT NULL,
    period                   VARCHAR(7)    NOT NULL,
    amount                   NUMERIC(20,2) NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (customer_id, period),
    CONSTRAINT customer_budget_spending_amount CHECK (amount >= 0)
);

-- Each threshold (75, 90, 100 %) is announced once per budget period.
CREATE TABLE customer_budget_alert (
    customer_id              VARCHAR(64)   NOT NULL,
    budget_period            VARCHAR(16)   NOT NULL,
    threshold                INTEGER       NOT NULL,
    reached_at               TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (customer_id, budget_period, threshold)
);

-- Budget history (GET /v2/partners/sub-customers/budget/records): one row per change.
CREATE TABLE customer_budget_record (
    record_id                UUID          PRIMARY KEY,
    customer_id              VARCHAR(64)   NOT NULL,
    partner_id               VARCHAR(64)   NOT NULL,
    budget_amount            NUMERIC(20,2) NOT NULL,
    budget_type              VARCHAR(16)   NOT NULL,
    operation_type           VARCHAR(16)   NOT NULL,
    operator                 VARCHAR(128)  NOT NULL,
    operation_time           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT customer_budget_record_operation CHECK (operation_type IN ('SETTING', 'DELETE'))
);
CREATE INDEX customer_budget_record_customer ON customer_budget_record (partner_id, customer_id, operation_time);

-- Incentive payouts from incentive.events, one row per payout id (exactly once).
CREATE TABLE incentive_payout (
    payout_id                VARCHAR(64)   PRIMARY KEY,
    partner_id               VARCHAR(64)   NOT NULL,
    amount                   NUMERIC(20,2) NOT NULL,
    method                   VARCHAR(16)   NOT NULL,
    -- CREDITED, QUOTA_GRANTED, PENDING_QUOTA, PENDING_BANK_TRANSFER (settled); REFUSED (may be requested again)
    status                   VARCHAR(24)   NOT NULL,
    refusal_reason           VARCHAR(64),
    trans_id                 VARCHAR(40),
    quota_id                 VARCHAR(64),
    statement_ref            VARCHAR(128),
    updated_at               TIMESTAMPTZ   NOT NULL,
    CONSTRAINT incentive_payout_amount CHECK (amount > 0),
    CONSTRAINT incentive_payout_method CHECK (method IN ('ACCOUNT_CREDIT', 'COUPON_QUOTA', 'BANK_TRANSFER')),
    CONSTRAINT incentive_payout_status CHECK (status IN ('CREDITED', 'QUOTA_GRANTED', 'PENDING_QUOTA',
                                                         'PENDING_BANK_TRANSFER', 'REFUSED'))
);
CREATE INDEX incentive_payout_partner ON incentive_payout (partner_id);

-- Rule 41: withdrawals to a bank account; the card number only masked (last 4) and as a keyed hash.
CREATE TABLE withdrawal (
    withdrawal_id            UUID          PRIMARY KEY,
    partner_id               VARCHAR(64)   NOT NULL,
    amount                   NUMERIC(20,2) NOT NULL,
    bank_name                VARCHAR(128)  NOT NULL,
    account_name             VARCHAR(256)  NOT NULL,
    bank_account_masked      VARCHAR(32)   NOT NULL,
    bank_account_hash        VARCHAR(64)   NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    requested_by             VARCHAR(128)  NOT NULL,
    requested_at             TIMESTAMPTZ   NOT NULL,
    decided_by               VARCHAR(128),
    decided_at               TIMESTAMPTZ,
    reason                   VARCHAR(256),
    trans_id                 VARCHAR(40),
    expected_arrival_date    DATE,
    CONSTRAINT withdrawal_amount CHECK (amount > 0),
    CONSTRAINT withdrawal_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX withdrawal_partner ON withdrawal (partner_id, requested_at);
CREATE INDEX withdrawal_pending ON withdrawal (requested_at) WHERE status = 'PENDING';
