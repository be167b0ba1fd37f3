package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicyVersion;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored policy version, as operators see it. */
@Schema(name = "PolicyVersion")
public record PolicyVersionResponse(
        @Schema(example = "hws.service.type.ebs") String serviceTypeCode,
        @Schema(example = "2") int version,
        @Schema(example = "Elastic Volume Service") String serviceTypeName,
        @Schema(example = "0") String incentivePolicy,
        @Schema(example = "YES") String allowDiscount,
        Instant effectiveFrom,
        String reason,
        String createdBy,
        Instant createdAt) {

    static PolicyVersionResponse of(IncentivePolicyVersion v) {
        return new PolicyVersionResponse(v.serviceTypeCode, v.version, v.serviceTypeName,
                Integer.toString(v.incentivePolicy), v.allowDiscount ? "YES" : "NO", v.effectiveFrom, v.reason,
                v.createdBy, v.createdAt);
    }

    /** Every version of a service type, newest first. */
    @Schema(name = "PolicyVersions")
    public record Versions(int totalCount, List<PolicyVersionResponse> versions) {
    }
}
