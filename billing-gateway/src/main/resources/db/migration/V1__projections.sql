-- billing-gateway: what it knows of partners (partner.events) and customers (customer.events), never from their
-- services' databases.

-- One row per partner or reseller named by an event (PartnerEventsConsumer).
CREATE TABLE partner_projection (
    partner_id               VARCHAR(64)  PRIMARY KEY,
    registered               BOOLEAN      NOT NULL DEFAULT FALSE,
    status                   VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    -- joined programs, comma separated in name order, e.g. CLOUD_RESELLER,DISTRIBUTOR
    joined_programs          VARCHAR(256) NOT NULL DEFAULT '',
    -- the distributor whose link the reseller accepted (indirect_partner.link_accepted.v1), else null
    distributor_id           VARCHAR(64),
    -- business_information.changed.v1: PENDING, VERIFIED, REJECTED (null: never submitted); payouts wait while blocked
    business_info_status     VARCHAR(16),
    payout_blocked           BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_projection_status CHECK (status IN ('ACTIVE', 'RESTRICTED', 'EXITED'))
);
CREATE INDEX partner_projection_distributor ON partner_projection (distributor_id) WHERE distributor_id IS NOT NULL;

-- One row per customer named by an event (CustomerEventsConsumer): its current association, if any.
CREATE TABLE customer_projection (
    customer_id              VARCHAR(64)  PRIMARY KEY,
    -- the partner the customer is associated with now (the reseller when a distributor created it); null: none
    partner_id               VARCHAR(64),
    distributor_id           VARCHAR(64),
    -- 1 referral, 2 resale; null while not associated
    association_type         INTEGER ,
    domain_name              VARCHAR(64),
    associated_on            TIMESTAMPTZ,
    -- ACCOUNT or ACCOUNT_AND_RESOURCE while the partner has it frozen (customer.frozen.v1), else null
    freeze_type              VARCHAR(32),
    -- rule 14: the least pay-per-use grace period in days the cloud must grant (1 while resale, 7 after a resale
    -- customer left); null: no raise applies
    min_grace_period_days    INTEGER ,
    -- the last association change applied (ordering across partners' partitions)
    association_changed_at   TIMESTAMPTZ,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT customer_projection_type CHECK (association_type IS NULL OR association_type IN (1, 2)),
    CONSTRAINT customer_projection_associated CHECK ((partner_id IS NULL) = (association_type IS NULL))
);
CREATE INDEX customer_projection_partner ON customer_projection (partner_id) WHERE partner_id IS NOT NULL;
