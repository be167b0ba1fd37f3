package com.acmecloud.partnercenter.customer.subcustomers.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateSubCustomerResponse")
public record CreateSubCustomerResponse(
        @Schema(description = "The customer's account id") String domainId,
        @Schema(description = "The customer's login name") String domainName) {
}
