-- E-mail binding codes (rule 21's limits for e-mail): one row per code sent, kept for the send limits (per address and
-- per partner, per hour and per day) and for the failed checks of the rolling window, which a new code does not reset.
-- Replaces email_verification (one row per partner whose failed count a resend set back to 0); a pending code of the
-- old table is dropped: the partner requests a new one.
CREATE TABLE email_binding_code (
    code_id       UUID         PRIMARY KEY,
    partner_id    VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    email         VARCHAR(254) NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    failed_checks INTEGER      NOT NULL DEFAULT 0,
    used_at       TIMESTAMPTZ
);
CREATE INDEX email_binding_code_partner ON email_binding_code (partner_id, created_at DESC);
CREATE INDEX email_binding_code_email ON email_binding_code (email, created_at DESC);

DROP TABLE email_verification;
