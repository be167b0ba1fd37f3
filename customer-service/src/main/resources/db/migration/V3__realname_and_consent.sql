-- customer-service: customer real-name authentication (rules 49-55) and privacy consent (seed 16 / rule 22).

-- Rule 55: the customer's real-name state as the sub-customer query returns it.
ALTER TABLE sub_customer
    ADD COLUMN verified_status SMALLINT NOT NULL DEFAULT -1,
    ADD COLUMN customer_type   SMALLINT NOT NULL DEFAULT -1,
    ADD COLUMN verified_name   VARCHAR(256),
    ADD CONSTRAINT sub_customer_verified_status CHECK (verified_status IN (-1, 0, 1, 2)),
    ADD CONSTRAINT sub_customer_customer_type CHECK (customer_type IN (-1, 0, 1));
-- the "customer" filter of the query is a case-insensitive contains on the verified name
CREATE INDEX sub_customer_verified_name ON sub_customer (partner_id, LOWER(verified_name)) WHERE verified_name IS NOT NULL;

-- Real-name submissions, one row per attempt. ID numbers are kept only as keyed hashes (HMAC-SHA256);
-- bank card numbers and phones only masked. File paths are relative to the partner bucket's download/ folder.
CREATE TABLE realname_auth (
    auth_id               UUID         PRIMARY KEY,
    customer_id           VARCHAR(64)  NOT NULL REFERENCES sub_customer (customer_id),
    partner_id            VARCHAR(64)  NOT NULL,
    auth_type             VARCHAR(16)  NOT NULL,
    identify_type         SMALLINT     NOT NULL,
    verified_type         SMALLINT,
    certificate_type      SMALLINT,
    change_type           SMALLINT     NOT NULL,
    name                  VARCHAR(256) NOT NULL,
    verified_number_hash  VARCHAR(64)  NOT NULL,
    file_paths            TEXT         NOT NULL,
    reg_country           VARCHAR(2),
    reg_address           VARCHAR(256),
    legal_person_name     VARCHAR(128),
    legal_id_number_hash  VARCHAR(64),
    certifier_role        VARCHAR(32),
    bank_account_masked   VARCHAR(40),
    bank_mobile_masked    VARCHAR(20),
    xaccount_type         VARCHAR(64),
    obs_bucket_name       VARCHAR(63)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    opinion               VARCHAR(500),
    submitted_by          VARCHAR(128) NOT NULL,
    submitted_at          TIMESTAMPTZ  NOT NULL,
    reviewed_by           VARCHAR(128),
    reviewed_at           TIMESTAMPTZ,
    CONSTRAINT realname_auth_type CHECK (auth_type IN ('INDIVIDUAL', 'ENTERPRISE')),
    CONSTRAINT realname_auth_status CHECK (status IN ('REVIEWING', 'REJECTED', 'APPROVED'))
);
-- rule 53: at most one submission under review per customer (the service also locks the customer row)
CREATE UNIQUE INDEX realname_auth_one_reviewing ON realname_auth (customer_id) WHERE status = 'REVIEWING';
CREATE INDEX realname_auth_customer ON realname_auth (customer_id, submitted_at);
CREATE INDEX realname_auth_number ON realname_auth (verified_number_hash) WHERE status IN ('REVIEWING', 'APPROVED');
CREATE INDEX realname_auth_status ON realname_auth (status, submitted_at, auth_id);

-- SMS codes of scene 18 (bank-card real-name) belong to one customer.
ALTER TABLE verification_code ADD COLUMN customer_id VARCHAR(64);

-- Privacy consents, append-only: recorded by the customer itself or by its partner (collected on its sign-up page).
CREATE TABLE privacy_consent (
    consent_id    UUID         PRIMARY KEY,
    customer_id   VARCHAR(64)  NOT NULL REFERENCES sub_customer (customer_id),
    partner_id    VARCHAR(64)  NOT NULL,
    text_version  VARCHAR(32)  NOT NULL,
    consented_at  TIMESTAMPTZ  NOT NULL,
    recorded_via  VARCHAR(16)  NOT NULL,
    recorded_by   VARCHAR(128) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT privacy_consent_via CHECK (recorded_via IN ('CUSTOMER', 'PARTNER'))
);
CREATE INDEX privacy_consent_customer ON privacy_consent (customer_id, recorded_at);

CREATE FUNCTION privacy_consent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'privacy_consent is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER privacy_consent_append_only BEFORE UPDATE OR DELETE ON privacy_consent
    FOR EACH ROW EXECUTE FUNCTION privacy_consent_append_only();
