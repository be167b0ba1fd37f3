-- Rated consumption from the cloud's rating system, the charges it caused on resale customers' allocated balances,
-- and the monthly close of bill periods (billing-gateway README, "Consumption and bills").

-- One row per rated consumption record, idempotent by record_id (a re-sent record is not inserted again).
-- partner_id / distributor_id / association_type: the customer's association when the record was ingested.
-- Amounts in yuan: amount (payable) = cash_amount + coupon_amount + stored_value_card_amount;
-- coupon_amount = huawei_coupon_amount + partner_coupon_amount; non_counting_coupon_amount <= coupon_amount is the
-- part paid with cash vouchers marked as not counting for performance; stored_value_card_purchase marks a record that
-- is the purchase of a stored-value card (rule 56 excludes it, while spending by card counts).
-- bill_cycle: YYYY-MM in GMT+8 of consume_time. late: the record arrived after its bill_cycle was closed; it is
-- an adjustment of adjustment_cycle (the GMT+8 month it was ingested in). debt_amount: the part of its cash the
-- customer's allocated balance could not cover when it was charged (resale only).
CREATE TABLE consumption_record (
    record_id                    VARCHAR(64)   PRIMARY KEY,
    customer_id                  VARCHAR(64)   NOT NULL,
    partner_id                   VARCHAR(64)   NOT NULL,
    distributor_id               VARCHAR(64),
    association_type             SMALLINT      NOT NULL,
    cloud_service_type           VARCHAR(64)   NOT NULL,
    resource_type                VARCHAR(64),
    resource_id                  VARCHAR(128),
    resource_name                VARCHAR(256),
    region_code                  VARCHAR(64),
    charge_mode                  SMALLINT      NOT NULL,
    bill_type                    SMALLINT      NOT NULL,
    official_amount              NUMERIC(20,2) NOT NULL,
    discount_amount              NUMERIC(20,2) NOT NULL,
    amount                       NUMERIC(20,2) NOT NULL,
    cash_amount                  NUMERIC(20,2) NOT NULL,
    coupon_amount                NUMERIC(20,2) NOT NULL,
    huawei_coupon_amount         NUMERIC(20,2) NOT NULL,
    partner_coupon_amount        NUMERIC(20,2) NOT NULL,
    non_counting_coupon_amount   NUMERIC(20,2) NOT NULL,
    stored_value_card_amount     NUMERIC(20,2) NOT NULL,
    stored_value_card_purchase   BOOLEAN       NOT NULL,
    debt_amount                  NUMERIC(20,2) NOT NULL DEFAULT 0,
    consume_time                 TIMESTAMPTZ   NOT NULL,
    bill_cycle                   CHAR(7)       NOT NULL,
    late                         BOOLEAN       NOT NULL,
    adjustment_cycle             CHAR(7),
    batch_id                     UUID          NOT NULL,
    ingested_at                  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT consumption_record_association CHECK (association_type IN (1, 2)),
    CONSTRAINT consumption_record_charge_mode CHECK (charge_mode IN (1, 3, 11)),
    CONSTRAINT consumption_record_bill_type CHECK (bill_type IN (0, 1, 2)),
    CONSTRAINT consumption_record_split CHECK (amount = cash_amount + coupon_amount + stored_value_card_amount
        AND coupon_amount = huawei_coupon_amount + partner_coupon_amount
        AND non_counting_coupon_amount <= coupon_amount),
    CONSTRAINT consumption_record_signs CHECK (amount >= 0 AND cash_amount >= 0 AND coupon_amount >= 0
        AND huawei_coupon_amount >= 0 AND partner_coupon_amount >= 0 AND non_counting_coupon_amount >= 0
        AND stored_value_card_amount >= 0 AND official_amount >= 0 AND discount_amount >= 0
        AND debt_amount >= 0 AND debt_amount <= cash_amount)
);
CREATE INDEX consumption_record_partner_cycle ON consumption_record (partner_id, bill_cycle, customer_id);
CREATE INDEX consumption_record_cycle ON consumption_record (bill_cycle);

-- One row per (ingest batch, resale customer) that moved money: the ledger transactions it posted.
CREATE TABLE consumption_charge (
    charge_id          UUID          PRIMARY KEY,
    -- null for an arrears settlement (ArrearsSettlementJob)
    batch_id           UUID,
    customer_id        VARCHAR(64)   NOT NULL,
    partner_id         VARCHAR(64)   NOT NULL,
    consumed_cash      NUMERIC(20,2) NOT NULL,
    refunded_cash      NUMERIC(20,2) NOT NULL,
    debt_added         NUMERIC(20,2) NOT NULL,
    debt_after         NUMERIC(20,2) NOT NULL,
    balance_after      NUMERIC(20,2) NOT NULL,
    deduct_trans_id    VARCHAR(40)   REFERENCES ledger_transaction (trans_id),
    refund_trans_id    VARCHAR(40)   REFERENCES ledger_transaction (trans_id),
    charged_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX consumption_charge_customer ON consumption_charge (customer_id, charged_at);

-- A closed bill period: one row per cycle, inserted once (the primary key makes one of several closers win).
CREATE TABLE billing_period (
    bill_cycle             CHAR(7)       PRIMARY KEY,
    data_complete_through  TIMESTAMPTZ   NOT NULL,
    closed_at              TIMESTAMPTZ   NOT NULL,
    closed_by              VARCHAR(128)  NOT NULL,
    record_count           BIGINT        NOT NULL,
    customer_count         BIGINT        NOT NULL,
    partner_count          BIGINT        NOT NULL,
    amount                 NUMERIC(20,2) NOT NULL,
    cash_amount            NUMERIC(20,2) NOT NULL,
    coupon_amount          NUMERIC(20,2) NOT NULL,
    stored_value_card_amount NUMERIC(20,2) NOT NULL,
    debt_amount            NUMERIC(20,2) NOT NULL
);
