-- partner.test_account_changed.v1: an operator marked the partner a test account (PartnerProjectionBase.testAccount).
-- Test accounts are refused the operations that bring real customers to a partner (AssociationRules). Partners no
-- such event named are not test accounts.
ALTER TABLE partner_projection ADD COLUMN test_account BOOLEAN NOT NULL DEFAULT FALSE;
