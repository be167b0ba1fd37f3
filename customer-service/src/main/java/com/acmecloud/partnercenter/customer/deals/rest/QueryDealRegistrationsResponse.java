package com.acmecloud.partnercenter.customer.deals.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryDealRegistrationsResponse")
public record QueryDealRegistrationsResponse(
        @Schema(description = "How many registrations match (all pages)") long totalCount,
        List<DealRegistrationInfo> dealRegistrations) {
}
