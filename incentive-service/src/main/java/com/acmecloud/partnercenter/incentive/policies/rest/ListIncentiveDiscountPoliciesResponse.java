package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicyVersion;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's ListIncentiveDiscountPoliciesResponse: exactly its fields. */
@Schema(name = "ListIncentiveDiscountPoliciesResponse")
public record ListIncentiveDiscountPoliciesResponse(
        @Schema(description = "Service types with a policy in force (before paging)", example = "1") int totalCount,
        List<IncentiveAndDiscountPolicy> policies) {

    /** Huawei's IncentiveAndDiscountPolicy; codes are strings as in the official SDK. */
    @Schema(name = "IncentiveAndDiscountPolicy")
    public record IncentiveAndDiscountPolicy(
            @Schema(example = "hws.service.type.ebs") String serviceTypeCode,
            @Schema(example = "Elastic Volume Service") String serviceTypeName,
            @Schema(description = "0 non-specific product, 1 specific product, 2 no performance and no rebate, "
                    + "13 performance but no rebate", example = "0") String incentivePolicy,
            @Schema(description = "YES or NO", example = "YES") String allowDiscount) {
    }

    static ListIncentiveDiscountPoliciesResponse of(List<IncentivePolicyVersion> rows, PageRequest page) {
        List<IncentiveAndDiscountPolicy> policies = rows.stream().skip(page.offset()).limit(page.limit())
                .map(v -> new IncentiveAndDiscountPolicy(v.serviceTypeCode, v.serviceTypeName,
                        Integer.toString(v.incentivePolicy), v.allowDiscount ? "YES" : "NO"))
                .toList();
        return new ListIncentiveDiscountPoliciesResponse(rows.size(), policies);
    }
}
