-- Deal registration (报备), the public pool (公海池) and invitations (rules 7-10).

-- A partner's registration of a prospect: an existing account (customer_id) or a person without one, known by
-- mobile phone and/or e-mail. ACTIVE gives exclusive rights until expires_at; then it is CONVERTED (the prospect
-- associated through an invitation), WITHDRAWN (by the partner), EXPIRED (an account) or RELEASED (no account:
-- the prospect went to the public pool).
CREATE TABLE deal_registration (
    registration_id        UUID         PRIMARY KEY,
    partner_id             VARCHAR(64)  NOT NULL,
    distributor_id         VARCHAR(64),
    customer_id            VARCHAR(64)  REFERENCES sub_customer (customer_id),
    mobile_phone           VARCHAR(20),
    email                  VARCHAR(254),
    company_name           VARCHAR(128),
    remark                 VARCHAR(512),
    status                 VARCHAR(16)  NOT NULL,
    registered_by          VARCHAR(128) NOT NULL,
    registered_at          TIMESTAMPTZ  NOT NULL,
    expires_at             TIMESTAMPTZ  NOT NULL,
    closed_by              VARCHAR(128),
    closed_at              TIMESTAMPTZ,
    converted_customer_id  VARCHAR(64),
    pool_prospect_id       UUID,
    CONSTRAINT deal_registration_status
        CHECK (status IN ('ACTIVE', 'CONVERTED', 'WITHDRAWN', 'EXPIRED', 'RELEASED')),
    -- an account, or a contact (one or both) of a person without one
    CONSTRAINT deal_registration_prospect CHECK (
        (customer_id IS NOT NULL AND mobile_phone IS NULL AND email IS NULL)
        OR (customer_id IS NULL AND (mobile_phone IS NOT NULL OR email IS NOT NULL)))
);
-- exclusive rights: one ACTIVE registration per account, per mobile phone, per e-mail (whatever its case);
-- concurrent registrations of one prospect cannot both commit
CREATE UNIQUE INDEX deal_registration_active_customer ON deal_registration (customer_id)
    WHERE status = 'ACTIVE' AND customer_id IS NOT NULL;
CREATE UNIQUE INDEX deal_registration_active_mobile ON deal_registration (mobile_phone)
    WHERE status = 'ACTIVE' AND mobile_phone IS NOT NULL;
CREATE UNIQUE INDEX deal_registration_active_email ON deal_registration (LOWER(email))
    WHERE status = 'ACTIVE' AND email IS NOT NULL;
CREATE INDEX deal_registration_partner ON deal_registration (partner_id, registered_at, registration_id);
CREATE INDEX deal_registration_due ON deal_registration (expires_at) WHERE status = 'ACTIVE';

-- The public pool: prospects of no-account registrations released unconverted. taken_at is set when a partner
-- registers the prospect again (or it signs up); an open entry is one not taken.
CREATE TABLE pool_prospect (
    prospect_id            UUID         PRIMARY KEY,
    mobile_phone           VARCHAR(20),
    email                  VARCHAR(254),
    company_name           VARCHAR(128),
    released_from          UUID         NOT NULL REFERENCES deal_registration (registration_id),
    released_at            TIMESTAMPTZ  NOT NULL,
    taken_at               TIMESTAMPTZ,
    taken_by_registration  UUID         REFERENCES deal_registration (registration_id),
    CONSTRAINT pool_prospect_contact CHECK (mobile_phone IS NOT NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX pool_prospect_open_mobile ON pool_prospect (mobile_phone)
    WHERE taken_at IS NULL AND mobile_phone IS NOT NULL;
CREATE UNIQUE INDEX pool_prospect_open_email ON pool_prospect (LOWER(email))
    WHERE taken_at IS NULL AND email IS NOT NULL;
CREATE INDEX pool_prospect_open ON pool_prospect (released_at, prospect_id) WHERE taken_at IS NULL;

-- Invitations of a registered prospect (rule 8): ONLINE links expire, OFFLINE links / QR codes do not; each is
-- single use. Only a SHA-256 of the code is kept; the code is shown once, in the answer that issues it.
CREATE TABLE customer_invitation (
    invitation_id          UUID         PRIMARY KEY,
    registration_id        UUID         NOT NULL REFERENCES deal_registration (registration_id),
    partner_id             VARCHAR(64)  NOT NULL,
    distributor_id         VARCHAR(64),
    channel                VARCHAR(8)   NOT NULL,
    association_type       SMALLINT     NOT NULL,
    code_hash              VARCHAR(64)  NOT NULL,
    sent_to_email          VARCHAR(254),
    status                 VARCHAR(8)   NOT NULL,
    issued_by              VARCHAR(128) NOT NULL,
    issued_at              TIMESTAMPTZ  NOT NULL,
    expires_at             TIMESTAMPTZ,
    used_at                TIMESTAMPTZ,
    used_by_customer_id    VARCHAR(64),
    CONSTRAINT customer_invitation_channel CHECK (channel IN ('ONLINE', 'OFFLINE')),
    CONSTRAINT customer_invitation_type CHECK (association_type IN (1, 2)),
    CONSTRAINT customer_invitation_status CHECK (status IN ('PENDING', 'USED')),
    CONSTRAINT customer_invitation_expiry CHECK ((channel = 'ONLINE') = (expires_at IS NOT NULL))
);
CREATE UNIQUE INDEX customer_invitation_code ON customer_invitation (code_hash);
CREATE INDEX customer_invitation_partner ON customer_invitation (partner_id, issued_at, invitation_id);
CREATE INDEX customer_invitation_registration ON customer_invitation (registration_id);
