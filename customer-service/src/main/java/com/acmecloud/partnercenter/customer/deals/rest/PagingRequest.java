package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** offset from 0, limit 1 to 100 (default 10). */
@Schema(name = "PagingRequest")
public record PagingRequest(
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit) {

    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }
}
