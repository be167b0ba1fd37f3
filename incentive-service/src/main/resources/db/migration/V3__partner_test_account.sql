-- partner.test_account_changed.v1: an operator marked the partner a test account (platform-events'
-- PartnerProjectionBase.testAccount, kept by the common projection). Partners no such event named are not test accounts.
ALTER TABLE partner_projection ADD COLUMN test_account BOOLEAN NOT NULL DEFAULT FALSE;
