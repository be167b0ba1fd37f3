package com.acmecloud.partnercenter.billing.bills.rest;

import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's ListConsumeSubCustomersReq. */
@Schema(name = "ListConsumeSubCustomersReq", example = "{\"bill_cycle\": \"2026-10\", \"offset\": 0, \"limit\": 10}")
public record ConsumeSubCustomersRequest(
        @Schema(description = "YYYY-MM (GMT+8), required") String billCycle,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit) {

    String offsetText() {
        return offset == null ? null : offset.toString();
    }

    String limitText() {
        return limit == null ? null : limit.toString();
    }
}
