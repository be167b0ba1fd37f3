package com.acmecloud.partnercenter.incentive.statements.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an operator recomputes a closed month's statement (e.g. a policy correction). */
@Schema(name = "RecomputeIncentiveStatementRequest")
public record RecomputeStatementRequest(
        @NotBlank @Size(max = 256)
        @Schema(description = "Why, kept with the new version", example = "policy of hws.service.type.obs corrected")
        String reason) {
}
