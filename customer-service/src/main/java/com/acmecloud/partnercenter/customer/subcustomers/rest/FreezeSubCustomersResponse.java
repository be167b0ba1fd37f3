package com.acmecloud.partnercenter.customer.subcustomers.rest;

import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerFreezeService.Failure;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's freeze / unfreeze answer: {@code error_details} only when some customers failed. */
@Schema(name = "FreezeSubCustomersResponse")
public record FreezeSubCustomersResponse(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The customers that were not changed, and why (HTTP 200)")
        List<CustomerErrorDetail> errorDetails) {

    /** Huawei's {@code CustomerErrorDetail}: {@code id} is the customer id. */
    @JsonPropertyOrder({"error_code", "error_msg", "id"})
    @Schema(name = "CustomerErrorDetail")
    public record CustomerErrorDetail(String errorCode, String errorMsg, String id) {
    }

    static FreezeSubCustomersResponse of(List<Failure> failures) {
        return new FreezeSubCustomersResponse(failures.stream()
                .map(f -> new CustomerErrorDetail(f.error().code(), f.error().message(), f.customerId()))
                .toList());
    }
}
