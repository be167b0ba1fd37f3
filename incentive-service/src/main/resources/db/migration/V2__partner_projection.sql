-- What incentive-service knows of partners, from partner.events only (PartnerEventsConsumer): the columns of
-- platform-events' PartnerProjectionBase plus the business-information state (rules 58, 60).
CREATE TABLE partner_projection (
    partner_id               VARCHAR(64)  PRIMARY KEY,
    registered               BOOLEAN      NOT NULL DEFAULT FALSE,
    status                   VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    -- joined programs, comma separated in name order, e.g. CLOUD_RESELLER,DISTRIBUTOR
    joined_programs          VARCHAR(256) NOT NULL DEFAULT '',
    -- the distributor whose link the reseller accepted (indirect_partner.link_accepted.v1), else null
    distributor_id           VARCHAR(64),
    -- business_information.changed.v1: PENDING, VERIFIED, REJECTED (null: never submitted)
    business_info_status     VARCHAR(16),
    payout_blocked           BOOLEAN      NOT NULL DEFAULT TRUE,
    tax_rate                 NUMERIC(5,4),
    updated_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partner_projection_status CHECK (status IN ('ACTIVE', 'RESTRICTED', 'EXITED'))
);
CREATE INDEX partner_projection_distributor ON partner_projection (distributor_id) WHERE distributor_id IS NOT NULL;
