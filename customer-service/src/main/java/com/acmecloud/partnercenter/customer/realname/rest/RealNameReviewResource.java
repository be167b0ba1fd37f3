package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.domain.ReviewStatus;
import com.acmecloud.partnercenter.customer.realname.service.RealNameService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators review customers' real-name submissions (our own API; Huawei reviews internally). */
@Path("/v2/customers")
@Tag(name = "Customer real-name review", description = "Operators approve or reject customers' real-name submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RealNameReviewResource {

    private final RealNameService realNames;
    private final Caller caller;

    RealNameReviewResource(RealNameService realNames, Caller caller) {
        this.realNames = realNames;
        this.caller = caller;
    }

    @GET
    @Path("/realname-auths/reviews")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List customers' real-name submissions by status (operators)",
            description = "status REVIEWING (default), REJECTED or APPROVED; oldest submission first; offset from 0, "
                    + "limit 1 to 100 (default 10). ID numbers are never shown (only their hashes are kept).")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151")
    public Uni<RealNameAuthListResponse> list(@QueryParam("status") String status,
                                             @QueryParam("offset") String offset,
                                             @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return realNames.byStatus(parseStatus(status), page.offset(), page.limit())
                .map(auths -> new RealNameAuthListResponse(auths.totalCount(),
                        auths.items().stream().map(RealNameAuthResponse::of).toList()));
    }

    @POST
    @Path("/realname-auths/{auth_id}/review")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Approve or reject a customer's real-name submission (operators)",
            description = "Only a submission under review (CBC.91005034 otherwise); an opinion is required to reject. "
                    + "Approval makes the customer verified (verified_status 2) as an individual (customer_type 0) or "
                    + "an enterprise (1) under the submitted name; rejection makes it failed (1), except a rejected "
                    + "change, which leaves it a verified individual (rule 55). Publishes customer.realname_reviewed.v1.")
    @APIResponse(responseCode = "200", description = "Decided")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91005033,CBC.91005034")
    public Uni<RealNameAuthResponse> review(@PathParam("auth_id") String authId,
                                            @Valid @NotNull ReviewRealNameAuthRequest request) {
        return realNames.review(PathIds.uuid(authId, CbcError.REAL_NAME_AUTH_NOT_FOUND), request.approve(),
                        request.opinion(), caller.name())
                .map(RealNameAuthResponse::of);
    }

    private static ReviewStatus parseStatus(String status) {
        if (status == null || status.isEmpty()) {
            return ReviewStatus.REVIEWING;
        }
        try {
            return ReviewStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), List.of(
                    ErrorDetail.of("status", CbcError.PARAMETER_ERROR, "must be one of " + List.of(ReviewStatus.values()))));
        }
    }
}
