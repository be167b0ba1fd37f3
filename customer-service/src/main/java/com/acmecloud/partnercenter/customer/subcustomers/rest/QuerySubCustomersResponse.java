package com.acmecloud.partnercenter.customer.subcustomers.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuerySubCustomersResponse")
public record QuerySubCustomersResponse(
        @Schema(description = "How many customers match (all pages)") long count,
        List<SubCustomerInfo> customerInfos) {
}
