package com.acmecloud.partnercenter.customer.deals.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryPublicPoolResponse")
public record QueryPublicPoolResponse(
        @Schema(description = "How many prospects are in the pool (all pages)") long totalCount,
        List<PoolProspectInfo> prospects) {
}
