package com.acmecloud.partnercenter.partner.business.rest;

import com.acmecloud.partnercenter.partner.business.service.BusinessInformationService.Decision;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewBusinessInformationRequest")
public record ReviewBusinessInformationRequest(
        @NotNull @Schema(examples = "APPROVED") Decision result,
        @Size(max = 500) @Schema(description = "Required when rejecting", examples = "Account holder does not match the company")
        String opinion) {

    @AssertTrue(message = "is required when the result is REJECTED")
    @Schema(hidden = true)
    public boolean isOpinion() {
        return result != Decision.REJECTED || (opinion != null && !opinion.isBlank());
    }
}
