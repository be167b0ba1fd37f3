package com.acmecloud.partnercenter.billing.consumption.rest;

import com.acmecloud.partnercenter.billing.consumption.domain.RatedRecord;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of rated consumption records from the rating system. */
@Schema(name = "IngestConsumptionRequest", example = """
        {"records": [{"record_id": "rt-2026-11-000001", "customer_id": "cust0123", \
        "cloud_service_type": "hws.service.type.ec2", "resource_type": "hws.resource.type.vm", \
        "resource_id": "vm-1", "region_code": "cn-north-4", "charge_mode": 3, "bill_type": 0, \
        "official_amount": 12.00, "discount_amount": 2.00, "amount": 10.00, "cash_amount": 7.00, \
        "coupon_amount": 3.00, "huawei_coupon_amount": 1.00, "partner_coupon_amount": 2.00, \
        "non_counting_coupon_amount": 0, "stored_value_card_amount": 0, "stored_value_card_purchase": false, \
        "consume_time": "2026-11-03T04:00:00Z", "bill_cycle": "2026-11"}]}""")
public record IngestConsumptionRequest(
        @Schema(description = "1 to the configured maximum (2,000 by default) records; see RatedRecordRaw")
        List<RatedRecord.Raw> records) {
}
