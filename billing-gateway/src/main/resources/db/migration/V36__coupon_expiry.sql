-- Rule 47 type 4: a coupon past its expire time returns what it still holds to its quota and is stored as expired (4).
ALTER TABLE partner_coupon DROP CONSTRAINT partner_coupon_status;
ALTER TABLE partner_coupon ADD CONSTRAINT partner_coupon_status CHECK (status IN (2, 4, 5));
CREATE INDEX partner_coupon_due ON partner_coupon (expire_time) WHERE status = 2 AND balance > 0;
