-- Rule 41: a pending withdrawal holds its amount in the partner's WITHDRAWING account (cash taken at the request,
-- out of the suite on approval, back to cash on rejection), so that nothing else spends it while it waits.
ALTER TABLE account DROP CONSTRAINT account_kind;
ALTER TABLE account ADD CONSTRAINT account_kind CHECK (
    (owner_type = 'PARTNER' AND kind IN ('CASH', 'CREDIT', 'BONUS', 'DEPOSIT', 'ALLOCATED', 'DESIGNATED', 'WITHDRAWING'))
    OR (owner_type = 'CUSTOMER' AND kind IN ('ALLOCATED_BALANCE', 'DEBT'))
    OR (owner_type = 'PLATFORM' AND kind IN ('FUNDING_CASH', 'FUNDING_CREDIT')));
