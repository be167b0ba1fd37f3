package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.policies.service.PolicyService;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Huawei's incentive and discount policy query (rule 61), same path, parameters and fields. */
@Path("/v2/products/incentive-discount-policies")
@Tag(name = "Incentive policies", description = "Incentive and discount policies per cloud service type (rule 61)")
@Produces(MediaType.APPLICATION_JSON)
public class IncentivePolicyResource {

    private final PolicyService policies;

    IncentivePolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Incentive and discount policies of a month",
            description = "time YYYY-MM (GMT+8, required): each cloud service type's policy in force at the last "
                    + "second of that month (rule 61); service_type_code filters one type (none known: an empty "
                    + "list). incentive_policy: 0 non-specific product, 1 specific product, 2 no performance and no "
                    + "rebate, 13 performance but no rebate; allow_discount YES/NO. Ordered by service_type_code; "
                    + "offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "The policies and total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.5001")
    public Uni<ListIncentiveDiscountPoliciesResponse> list(
            @Parameter(description = "Month YYYY-MM, GMT+8", example = "2026-11") @QueryParam("time") String time,
            @Parameter(description = "Cloud service type", example = "hws.service.type.ebs")
            @QueryParam("service_type_code") String serviceTypeCode,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        YearMonth month = Params.month("time", time);
        String code = Params.serviceTypeCode("service_type_code", serviceTypeCode);
        PageRequest page = PageRequest.parse(offset, limit);
        return policies.inForce(month, code).map(rows -> ListIncentiveDiscountPoliciesResponse.of(rows, page));
    }
}
