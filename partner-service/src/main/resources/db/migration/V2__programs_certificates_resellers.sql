-- Programs, certificates, partner status, distributors and resellers

-- Partner status, set by operators: ACTIVE, RESTRICTED or EXITED (final).
ALTER TABLE partner
    ADD COLUMN status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN status_reason     VARCHAR(500),
    ADD COLUMN status_changed_at TIMESTAMPTZ,
    ADD COLUMN status_changed_by VARCHAR(128);

-- An operator's decision on an application; an approved application is a joined program (joined at reviewed_at).
ALTER TABLE program_application
    ADD COLUMN reviewed_at TIMESTAMPTZ,
    ADD COLUMN reviewed_by VARCHAR(128),
    ADD COLUMN reason      VARCHAR(500);
CREATE INDEX program_application_approved ON program_application (partner_id) WHERE status = 'APPROVED';
-- the company check of rule 4 finds a partner's other accounts by licence number
CREATE INDEX real_name_submission_approved_licence ON real_name_submission (licence_number) WHERE status = 'APPROVED';

-- Certificates of joined programs; the number's serial part comes from this sequence.
CREATE SEQUENCE program_certificate_number_seq;
CREATE TABLE program_certificate (
    certificate_id     UUID         PRIMARY KEY,
    certificate_number VARCHAR(40)  NOT NULL,
    partner_id         VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    application_id     UUID         NOT NULL REFERENCES program_application (application_id),
    program            VARCHAR(32)  NOT NULL,
    valid_from         TIMESTAMPTZ  NOT NULL,
    valid_to           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT program_certificate_number_unique UNIQUE (certificate_number),
    CONSTRAINT program_certificate_application_unique UNIQUE (application_id),
    CONSTRAINT program_certificate_validity CHECK (valid_to > valid_from)
);
CREATE INDEX program_certificate_partner ON program_certificate (partner_id, valid_from);

-- Distributor -> cloud reseller links; the primary key makes "at most one distributor per reseller" hold.
CREATE TABLE indirect_partner_link (
    indirect_partner_id VARCHAR(64)  PRIMARY KEY REFERENCES partner (partner_id),
    distributor_id      VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    associated_on       TIMESTAMPTZ  NOT NULL,
    linked_by           VARCHAR(128) NOT NULL,
    CONSTRAINT indirect_partner_link_not_self CHECK (distributor_id <> indirect_partner_id)
);
CREATE INDEX indirect_partner_link_distributor ON indirect_partner_link (distributor_id, associated_on, indirect_partner_id);
