package com.acmecloud.partnercenter.customer.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIdentityResponse")
public record CheckIdentityResponse(
        @Schema(enumeration = {"available", "used_by_user"}) String checkResult) {
}
