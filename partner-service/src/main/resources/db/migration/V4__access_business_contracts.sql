-- Access configuration (支持 > 能力开放 > 接入配置): one row per partner, created on its first change.
CREATE TABLE access_configuration (
    partner_id                  VARCHAR(64)  PRIMARY KEY REFERENCES partner (partner_id),
    real_name_attachment_upload BOOLEAN      NOT NULL DEFAULT FALSE,
    xaccount_type               VARCHAR(64),
    obs_bucket_name             VARCHAR(63),
    obs_region                  VARCHAR(32),
    updated_at                  TIMESTAMPTZ  NOT NULL,
    -- Huawei assigns one platform id per partner platform (unique across partners)
    CONSTRAINT access_configuration_xaccount_type_unique UNIQUE (xaccount_type),
    -- Rule 50: partners cannot share a bucket (the service checks first; this catches races)
    CONSTRAINT access_configuration_obs_bucket_unique UNIQUE (obs_bucket_name),
    CONSTRAINT access_configuration_bucket_has_region CHECK ((obs_bucket_name IS NULL) = (obs_region IS NULL))
);

-- Business information (rule 60): the verified version in force and, on top of it, at most one pending change.
CREATE TABLE business_information (
    partner_id                   VARCHAR(64)   PRIMARY KEY REFERENCES partner (partner_id),
    status                       VARCHAR(16)   NOT NULL,
    verified_contracting_entity  VARCHAR(200),
    verified_bank_name           VARCHAR(200),
    verified_bank_account_number VARCHAR(32),
    verified_account_holder_name VARCHAR(200),
    verified_tax_rate            NUMERIC(5, 4),
    verified_at                  TIMESTAMPTZ,
    verified_by                  VARCHAR(128),
    pending_contracting_entity   VARCHAR(200),
    pending_bank_name            VARCHAR(200),
    pending_bank_account_number  VARCHAR(32),
    pending_account_holder_name  VARCHAR(200),
    pending_tax_rate             NUMERIC(5, 4),
    pending_submitted_at         TIMESTAMPTZ,
    last_opinion                 VARCHAR(500),
    last_reviewed_at             TIMESTAMPTZ,
    last_reviewed_by             VARCHAR(128),
    updated_at                   TIMESTAMPTZ   NOT NULL
);

-- Payment agreement contracts (rule 6): issued at once, the PDF is rendered from this row on download.
CREATE SEQUENCE payment_agreement_number_seq;
CREATE TABLE payment_agreement (
    contract_id     UUID         PRIMARY KEY,
    partner_id      VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    contract_number VARCHAR(32)  NOT NULL,
    company_name    VARCHAR(200) NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT payment_agreement_number_unique UNIQUE (contract_number)
);
CREATE INDEX payment_agreement_partner ON payment_agreement (partner_id, issued_at DESC, contract_number DESC);
