-- Verification codes sent by e-mail (sign-up through an invitation proves its e-mail, rule 21's limits apply):
-- a code goes either to a mobile phone or to an e-mail address.
ALTER TABLE verification_code ALTER COLUMN mobile_phone DROP NOT NULL;
ALTER TABLE verification_code ADD COLUMN email VARCHAR(254);
ALTER TABLE verification_code ADD CONSTRAINT verification_code_one_receiver
    CHECK ((mobile_phone IS NULL) <> (email IS NULL));
CREATE INDEX verification_code_email ON verification_code (email, created_at);
