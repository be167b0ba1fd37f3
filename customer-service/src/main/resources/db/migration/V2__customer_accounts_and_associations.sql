-- A customer account exists on its own: its association with a partner can end (disassociation) and start again
-- (invitation), and a person can sign up through an invitation without any partner platform (no xaccount).
ALTER TABLE sub_customer
    ALTER COLUMN partner_id DROP NOT NULL,
    ALTER COLUMN association_type DROP NOT NULL,
    ALTER COLUMN associated_on DROP NOT NULL,
    ALTER COLUMN xaccount_id DROP NOT NULL,
    ALTER COLUMN xaccount_type DROP NOT NULL,
    ADD COLUMN email         VARCHAR(254),
    -- the identity (token subject) of the person who owns the account, when that person signed up here
    ADD COLUMN owner_subject VARCHAR(128),
    ADD COLUMN origin        VARCHAR(16) NOT NULL DEFAULT 'PARTNER_API',
    ADD CONSTRAINT sub_customer_origin CHECK (origin IN ('PARTNER_API', 'SELF_SIGNUP')),
    -- the current association is all there or all absent
    ADD CONSTRAINT sub_customer_association CHECK (
        (partner_id IS NULL) = (association_type IS NULL) AND (partner_id IS NULL) = (associated_on IS NULL));
CREATE UNIQUE INDEX sub_customer_email ON sub_customer (LOWER(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX sub_customer_owner ON sub_customer (owner_subject) WHERE owner_subject IS NOT NULL;

-- Append-only history of associations: who associated, switched or disassociated, when, and on whose initiative.
-- Rule 27 (once per 3 months per partner-customer pair) counts rows here.
CREATE TABLE association_history (
    history_id        UUID         PRIMARY KEY,
    customer_id       VARCHAR(64)  NOT NULL REFERENCES sub_customer (customer_id),
    partner_id        VARCHAR(64)  NOT NULL,
    distributor_id    VARCHAR(64),
    action            VARCHAR(16)  NOT NULL,
    -- the association type after the action (for DISASSOCIATED: the type that ended)
    association_type  SMALLINT     NOT NULL,
    previous_type     SMALLINT,
    initiated_by      VARCHAR(8)   NOT NULL,
    actor             VARCHAR(128) NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT association_history_action CHECK (action IN ('ASSOCIATED', 'TYPE_SWITCHED', 'DISASSOCIATED')),
    CONSTRAINT association_history_initiator CHECK (initiated_by IN ('PARTNER', 'CUSTOMER', 'OPERATOR', 'SYSTEM')),
    CONSTRAINT association_history_type CHECK (association_type IN (1, 2))
);
CREATE INDEX association_history_pair ON association_history (customer_id, partner_id, occurred_at);
