-- Members and personal certifications (domain rule 3, seed rule 15).

-- An invitation of a person by e-mail, phone or account name. Only the SHA-256 of the single-use token
-- is stored; the token itself is shown once, to the inviting partner.
CREATE TABLE member_invitation (
    invitation_id UUID         PRIMARY KEY,
    partner_id    VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    invitee_type  VARCHAR(16)  NOT NULL,
    invitee       VARCHAR(254) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    invited_by    VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    closed_at     TIMESTAMPTZ,
    closed_by     VARCHAR(255),
    CONSTRAINT member_invitation_token_unique UNIQUE (token_hash)
);
-- Listing and the rolling 24-hour invitation count per partner.
CREATE INDEX member_invitation_partner_created ON member_invitation (partner_id, created_at DESC);

-- A person's membership of a partner; ended memberships are kept (status REMOVED or LEFT).
CREATE TABLE partner_member (
    member_id     UUID         PRIMARY KEY,
    partner_id    VARCHAR(64)  NOT NULL REFERENCES partner (partner_id),
    person        VARCHAR(255) NOT NULL,
    invitation_id UUID         NOT NULL REFERENCES member_invitation (invitation_id),
    status        VARCHAR(16)  NOT NULL,
    joined_at     TIMESTAMPTZ  NOT NULL,
    ended_at      TIMESTAMPTZ
);
-- A person is a member of one partner at a time.
CREATE UNIQUE INDEX partner_member_one_active ON partner_member (person) WHERE status = 'ACTIVE';
CREATE INDEX partner_member_partner ON partner_member (partner_id, status, joined_at);

-- HCIA / HCIP / HCIE certifications recorded by the person; a certificate number is recorded once.
CREATE TABLE personal_certification (
    certification_id   UUID         PRIMARY KEY,
    person             VARCHAR(255) NOT NULL,
    level              VARCHAR(8)   NOT NULL,
    track              VARCHAR(64)  NOT NULL,
    certificate_number VARCHAR(64)  NOT NULL,
    valid_from         TIMESTAMPTZ  NOT NULL,
    valid_to           TIMESTAMPTZ  NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT personal_certification_number_unique UNIQUE (certificate_number)
);
CREATE INDEX personal_certification_person ON personal_certification (person, recorded_at);
