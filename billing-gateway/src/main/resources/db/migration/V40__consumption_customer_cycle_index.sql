-- billing-gateway: after every charge the budgets hear a customer's rated spending of the month
-- (ConsumptionRecordRepository#spentIn: WHERE customer_id = ? AND bill_cycle = ?). The only index that matched it was
-- consumption_record_partner_cycle (partner_id, bill_cycle, customer_id) without its leading column, so each call read
-- the index of the whole month: every ingested batch cost more as the month filled (docs/benchmarks.md, ingest).
CREATE INDEX consumption_record_customer_cycle ON consumption_record (customer_id, bill_cycle);
