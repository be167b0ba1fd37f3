package com.acmecloud.partnercenter.incentive.policies.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a cloud service type's policy (operators; rule 61). */
@Schema(name = "CreatePolicyVersionRequest")
public record CreatePolicyVersionRequest(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{0,63}$",
                message = "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'")
        @Schema(required = true, example = "hws.service.type.ebs") String serviceTypeCode,
        @NotBlank @Size(max = 128) @Schema(required = true, example = "Elastic Volume Service") String serviceTypeName,
        @NotNull @Schema(required = true, description = "0, 1, 2 or 13 (rule 61)", example = "0")
        Integer incentivePolicy,
        @NotBlank @Pattern(regexp = "^(YES|NO)$", message = "must be YES or NO")
        @Schema(required = true, example = "YES") String allowDiscount,
        @NotBlank @Schema(required = true, description = "From when the version applies, UTC. A month uses the "
                + "version in force at its last second (GMT+8); a correction of a past month is a version with an "
                + "earlier effective_from.", example = "2026-10-31T16:00:00Z") String effectiveFrom,
        @Size(max = 256) @Schema(description = "Why (kept with the version)", example = "FY2027 policy")
        String reason) {
}
