-- Distributor -> cloud reseller links need the reseller's consent: a distributor sends a request, the reseller
-- accepts (the link in indirect_partner_link becomes effective) or rejects it, the distributor may withdraw it.
-- status: PENDING, ACCEPTED, REJECTED, WITHDRAWN, EXPIRED (a pending request past expires_at is reported EXPIRED
-- and stored as such once a new request of the same pair replaces it).
CREATE TABLE indirect_partner_link_request (
    request_id          UUID         PRIMARY KEY,
    distributor_id      VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    indirect_partner_id VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    status              VARCHAR(16)  NOT NULL,
    requested_by        VARCHAR(128) NOT NULL,
    requested_at        TIMESTAMPTZ  NOT NULL,
    expires_at          TIMESTAMPTZ  NOT NULL,
    closed_by           VARCHAR(128),
    closed_at           TIMESTAMPTZ,
    reason              VARCHAR(500),
    CONSTRAINT indirect_partner_link_request_not_self CHECK (distributor_id <> indirect_partner_id)
);
-- at most one open request per distributor and reseller
CREATE UNIQUE INDEX indirect_partner_link_request_open
    ON indirect_partner_link_request (distributor_id, indirect_partner_id) WHERE status = 'PENDING';
CREATE INDEX indirect_partner_link_request_reseller
    ON indirect_partner_link_request (indirect_partner_id, requested_at);
CREATE INDEX indirect_partner_link_request_distributor
    ON indirect_partner_link_request (distributor_id, requested_at);

-- the accepted request an effective link came from (null for links made before consent was required)
ALTER TABLE indirect_partner_link ADD COLUMN request_id UUID REFERENCES indirect_partner_link_request (request_id);
