-- Test partner accounts (testaccount feature): an operator marks a partner a test account, or unmarks it; who, when
-- and why are kept with the flag, and every change is published as partner.test_account_changed.v1. New partners are
-- not test accounts.
ALTER TABLE partner
    ADD COLUMN test_account            BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN test_account_reason     VARCHAR(500),
    ADD COLUMN test_account_changed_at TIMESTAMPTZ,
    ADD COLUMN test_account_changed_by VARCHAR(128);
