-- Customer labels (feature "labels"): one partner-set label per customer, filtered by Huawei's `label` (substring).
ALTER TABLE sub_customer ADD COLUMN label VARCHAR(64);
