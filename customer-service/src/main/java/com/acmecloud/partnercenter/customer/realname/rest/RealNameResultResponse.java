package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealNameResultResponse")
public record RealNameResultResponse(
        @Schema(description = "0 reviewing, 1 rejected, 2 approved", enumeration = {"0", "1", "2"}) int reviewResult,
        @Schema(description = "The reviewer's opinion (always given for a rejection)") String opinion) {

    static RealNameResultResponse of(RealNameAuth auth) {
        return new RealNameResultResponse(auth.status.reviewResult(), auth.opinion);
    }
}
