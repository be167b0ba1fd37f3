-- incentive-service: association history (customer.events), incentive policies and base rates (operators),
-- performance (billing.events). Never read from another service's database.

-- Each customer's association history in time slices (AssociationHistory): associated with partner_id in
-- association_type from valid_from (inclusive) to valid_to (exclusive; null while it lasts).
CREATE TABLE association_period (
    id                  UUID         PRIMARY KEY,
    customer_id         VARCHAR(64)  NOT NULL,
    partner_id          VARCHAR(64)  NOT NULL,
    distributor_id      VARCHAR(64),
    association_type    INTEGER      NOT NULL,
    valid_from          TIMESTAMPTZ  NOT NULL,
    valid_to            TIMESTAMPTZ,
    opened_by_event     UUID         NOT NULL,
    CONSTRAINT association_period_type CHECK (association_type IN (1, 2)),
    CONSTRAINT association_period_order CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX association_period_customer ON association_period (customer_id, valid_from);
CREATE INDEX association_period_partner ON association_period (partner_id);

-- Rule 61: versions of each cloud service type's incentive and discount policy; only ever added.
CREATE TABLE incentive_policy_version (
    id                  UUID         PRIMARY KEY,
    service_type_code   VARCHAR(64)  NOT NULL,
    version             INTEGER      NOT NULL,
    service_type_name   VARCHAR(128) NOT NULL,
    incentive_policy    INTEGER      NOT NULL,
    allow_discount      BOOLEAN      NOT NULL,
    effective_from      TIMESTAMPTZ  NOT NULL,
    reason              VARCHAR(256),
    created_by          VARCHAR(128) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT incentive_policy_version_unique UNIQUE (service_type_code, version),
    CONSTRAINT incentive_policy_code CHECK (incentive_policy IN (0, 1, 2, 13))
);
CREATE INDEX incentive_policy_in_force ON incentive_policy_version (effective_from, service_type_code);

-- Base incentive rates by program and performance tier (seed 10): versions of a table, and their tiers.
CREATE TABLE base_rate_table (
    id                  UUID         PRIMARY KEY,
    program             VARCHAR(32)  NOT NULL,
    version             INTEGER      NOT NULL,
    effective_from      TIMESTAMPTZ  NOT NULL,
    reason              VARCHAR(256),
    created_by          VARCHAR(128) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT base_rate_table_unique UNIQUE (program, version),
    CONSTRAINT base_rate_table_program CHECK (program IN ('SOLUTION_PROVIDER', 'CLOUD_RESELLER', 'DISTRIBUTOR'))
);
CREATE TABLE base_rate_tier (
    table_id            UUID          NOT NULL REFERENCES base_rate_table (id),
    tier                INTEGER       NOT NULL,
    tier_name           VARCHAR(32)   NOT NULL,
    min_performance     NUMERIC(18,2) NOT NULL,
    rate                NUMERIC(5,4)  NOT NULL,
    PRIMARY KEY (table_id, tier),
    CONSTRAINT base_rate_tier_rate CHECK (rate >= 0 AND rate <= 1),
    CONSTRAINT base_rate_tier_min CHECK (min_performance >= 0)
);

-- Rule 56: one row per consumption record (record_id: billing's id; "sums:..." for an event that carried only sums).
CREATE TABLE performance_entry (
    record_id                           VARCHAR(200)  PRIMARY KEY,
    source_event_id                     UUID          NOT NULL,
    batch_id                            VARCHAR(64)   NOT NULL,
    customer_id                         VARCHAR(64)   NOT NULL,
    -- null: the customer was associated with no partner when it consumed
    partner_id                          VARCHAR(64),
    distributor_id                      VARCHAR(64),
    association_type                    INTEGER,
    -- CONSUME_TIME (the association at the record's consume time) or INGEST_TIME (billing's, from sums)
    attribution                         VARCHAR(16)   NOT NULL,
    service_type_code                   VARCHAR(64),
    bill_type                           INTEGER       NOT NULL,
    consume_time                        TIMESTAMPTZ,
    bill_cycle                          VARCHAR(7)    NOT NULL,
    booked_period                       VARCHAR(7)    NOT NULL,
    adjustment                          BOOLEAN       NOT NULL,
    amount                              NUMERIC(18,2) NOT NULL,
    cash_amount                         NUMERIC(18,2) NOT NULL,
    stored_value_card_amount            NUMERIC(18,2) NOT NULL,
    coupon_amount                       NUMERIC(18,2) NOT NULL,
    non_counting_coupon_amount          NUMERIC(18,2) NOT NULL,
    stored_value_card_purchase_amount   NUMERIC(18,2) NOT NULL,
    -- signed: an unsubscription takes performance back
    counted_amount                      NUMERIC(18,2) NOT NULL,
    exclusion                           VARCHAR(32),
    ingested_at                         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT performance_entry_type CHECK (association_type IS NULL OR association_type IN (1, 2)),
    CONSTRAINT performance_entry_bill_type CHECK (bill_type IN (0, 1, 2)),
    CONSTRAINT performance_entry_attributed CHECK ((partner_id IS NULL) = (association_type IS NULL))
);
CREATE INDEX performance_entry_partner_period ON performance_entry (partner_id, booked_period)
    WHERE partner_id IS NOT NULL;

-- Months billing closed (billing.period_closed).
CREATE TABLE closed_period (
    period                  VARCHAR(7)   PRIMARY KEY,
    data_complete_through   TIMESTAMPTZ  NOT NULL,
    closed_at               TIMESTAMPTZ  NOT NULL,
    closed_by               VARCHAR(128) NOT NULL,
    total_records           BIGINT       NOT NULL,
    received_at             TIMESTAMPTZ  NOT NULL
);
