package com.acmecloud.partnercenter.customer.realname.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealNameSubmitResponse")
public record RealNameSubmitResponse(
        @Schema(description = "1: manual review (always here); poll GET /v2/customers/realname-auths/result",
                enumeration = {"0", "1"}) int isReview) {
}
