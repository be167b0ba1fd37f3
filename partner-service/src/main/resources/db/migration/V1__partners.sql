CREATE TABLE partner (
    partner_id        VARCHAR(64)  PRIMARY KEY,
    company_name      VARCHAR(200) NOT NULL,
    contact_email     VARCHAR(254) NOT NULL,
    contact_phone     VARCHAR(32)  NOT NULL,
    country_code      VARCHAR(2)   NOT NULL,
    xaccount_id       VARCHAR(128) NOT NULL,
    real_name_status  VARCHAR(16)  NOT NULL,
    email_bound_at    TIMESTAMPTZ,
    registered_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_xaccount_id_unique UNIQUE (xaccount_id)
);
CREATE INDEX partner_registered_at ON partner (registered_at, partner_id);

CREATE TABLE real_name_submission (
    submission_id     UUID         PRIMARY KEY,
    partner_id        VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    licence_number    VARCHAR(64)  NOT NULL,
    legal_person_name VARCHAR(100) NOT NULL,
    attachment_refs   TEXT         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    opinion           VARCHAR(500),
    submitted_at      TIMESTAMPTZ  NOT NULL,
    reviewed_at       TIMESTAMPTZ,
    reviewed_by       VARCHAR(128)
);
CREATE INDEX real_name_submission_partner ON real_name_submission (partner_id, submitted_at DESC);
CREATE INDEX real_name_submission_status ON real_name_submission (status, submitted_at);

CREATE TABLE email_verification (
    partner_id      VARCHAR(64)  PRIMARY KEY REFERENCES partner (partner_id),
    email           VARCHAR(254) NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    sent_at         TIMESTAMPTZ  NOT NULL
);

CREATE TABLE program_application (
    application_id UUID         PRIMARY KEY,
    partner_id     VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    program        VARCHAR(32)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    submitted_at   TIMESTAMPTZ  NOT NULL
);
-- At most one open or approved application per partner and program.
CREATE UNIQUE INDEX program_application_active ON program_application (partner_id, program)
    WHERE status IN ('SUBMITTED', 'APPROVED');
