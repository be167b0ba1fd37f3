-- occurred_at has second precision; the sequence orders changes made within the same second.
ALTER TABLE association_history ADD COLUMN sequence_no BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX association_history_customer_order ON association_history (customer_id, sequence_no);
