-- customer-service, first slice: what it knows of partners (from partner.events), sub-customers, SMS codes.

-- Projection of partner.events (PartnerEventsConsumer); one row per partner or reseller seen in an event.
CREATE TABLE partner_projection (
    partner_id                  VARCHAR(64)  PRIMARY KEY,
    registered                  BOOLEAN      NOT NULL DEFAULT FALSE,
    status                      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    -- joined programs, comma separated in name order, e.g. CLOUD_RESELLER,DISTRIBUTOR
    joined_programs             VARCHAR(256) NOT NULL DEFAULT '',
    distributor_id              VARCHAR(64),
    real_name_attachment_upload BOOLEAN      NOT NULL DEFAULT FALSE,
    xaccount_type               VARCHAR(64),
    obs_bucket_name             VARCHAR(63),
    obs_region                  VARCHAR(32),
    updated_at                  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_projection_status CHECK (status IN ('ACTIVE', 'RESTRICTED', 'EXITED'))
);
CREATE INDEX partner_projection_distributor ON partner_projection (distributor_id) WHERE distributor_id IS NOT NULL;

-- Customer accounts created through the API and their association with a partner (1 referral, 2 resale).
CREATE TABLE sub_customer (
    customer_id        VARCHAR(64)  PRIMARY KEY,
    partner_id         VARCHAR(64)  NOT NULL,
    distributor_id     VARCHAR(64),
    domain_name        VARCHAR(32)  NOT NULL,
    xaccount_id        VARCHAR(128) NOT NULL,
    xaccount_type      VARCHAR(64)  NOT NULL,
    mobile_phone       VARCHAR(20),
    password_hash      VARCHAR(200),
    close_market_ms    BOOLEAN      NOT NULL DEFAULT FALSE,
    association_type   SMALLINT     NOT NULL,
    associated_on      TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(128) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT sub_customer_association_type CHECK (association_type IN (1, 2))
);
-- login names are unique whatever their case; xaccount_id is unique per partner platform (rule 20)
CREATE UNIQUE INDEX sub_customer_domain_name ON sub_customer (LOWER(domain_name));
CREATE UNIQUE INDEX sub_customer_xaccount ON sub_customer (xaccount_type, xaccount_id);
CREATE UNIQUE INDEX sub_customer_mobile ON sub_customer (mobile_phone) WHERE mobile_phone IS NOT NULL;
CREATE INDEX sub_customer_partner ON sub_customer (partner_id, associated_on, customer_id);

-- SMS verification codes (rule 21): only a hash of the code is kept.
CREATE TABLE verification_code (
    code_id       UUID         PRIMARY KEY,
    mobile_phone  VARCHAR(20)  NOT NULL,
    scene         SMALLINT     NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    sent_by       VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    failed_checks INTEGER      NOT NULL DEFAULT 0,
    used_at       TIMESTAMPTZ
);
CREATE INDEX verification_code_mobile ON verification_code (mobile_phone, created_at);
