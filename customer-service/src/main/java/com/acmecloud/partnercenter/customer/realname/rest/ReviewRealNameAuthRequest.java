package com.acmecloud.partnercenter.customer.realname.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRealNameAuthRequest")
public record ReviewRealNameAuthRequest(
        @NotNull @Pattern(regexp = "^(APPROVED|REJECTED)$", message = "must be APPROVED or REJECTED")
        @Schema(enumeration = {"APPROVED", "REJECTED"}) String result,
        @Size(max = 500) @Schema(description = "Required when rejecting; the partner reads it as opinion",
                examples = "The licence image is unreadable") String opinion) {

    @AssertTrue(message = "is required when the result is REJECTED")
    @Schema(hidden = true)
    public boolean isOpinion() {
        return !"REJECTED".equals(result) || (opinion != null && !opinion.isBlank());
    }

    boolean approve() {
        return "APPROVED".equals(result);
    }
}
