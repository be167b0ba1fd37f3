package com.acmecloud.partnercenter.customer.subcustomers.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIdentityResponse")
public record CheckIdentityResponse(
        @Schema(description = "CBC.0000 on success, as in Huawei's example answer", examples = "CBC.0000") String errorCode,
        @Schema(examples = "success") String errorMsg,
        @Schema(enumeration = {"available", "used_by_user"}) String checkResult) {

    static CheckIdentityResponse of(String checkResult) {
        return new CheckIdentityResponse("CBC.0000", "success", checkResult);
    }
}
