package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.service.ProgramApplicationService.Decision;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewProgramApplicationRequest")
public record ReviewProgramApplicationRequest(
        @NotNull @Schema(examples = "APPROVED") Decision result,
        @Size(max = 500) @Schema(description = "Required when rejecting", examples = "No delivery capability shown")
        String reason) {

    @AssertTrue(message = "is required when the result is REJECTED")
    @Schema(hidden = true)
    public boolean isReason() {
        return result != Decision.REJECTED || (reason != null && !reason.isBlank());
    }
}
