package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.registration.service.RealNameService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Enterprise real-name", description = "Real-name authentication of the partner company, reviewed by operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RealNameResource {

    private final RealNameService realNames;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    RealNameResource(RealNameService realNames, IdempotentRequests idempotency, Caller caller) {
        this.realNames = realNames;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/{partner_id}/real-name-auths")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Submit enterprise real-name authentication",
            description = "Allowed when nothing is approved or under review. Publishes partner.real_name_submitted.v1.")
    @APIResponse(responseCode = "201", description = "Submitted; status REVIEWING")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.99007188,CBC.99007009")
    public Uni<Response> submit(@PathParam("partner_id") String partnerId,
                                @Valid @NotNull SubmitRealNameRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/real-name-auths", request,
                () -> realNames.submit(partnerId, request.toSubmission())
                        .map(submitted -> Response.status(Response.Status.CREATED)
                                .entity(RealNameSubmissionResponse.of(submitted)).build()));
    }

    @POST
    @Path("/{partner_id}/real-name-auths/{submission_id}/review")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Approve or reject a real-name submission (operators)",
            description = "Publishes partner.real_name_approved.v1 or partner.real_name_rejected.v1.")
    @APIResponse(responseCode = "200", description = "Decided")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.91001004")
    public Uni<RealNameSubmissionResponse> review(@PathParam("partner_id") String partnerId,
                                                  @PathParam("submission_id") String submissionId,
                                                  @Valid @NotNull ReviewRealNameRequest request) {
        UUID id = PathIds.uuid(submissionId, CbcError.REAL_NAME_NOT_UNDER_REVIEW);
        String operator = caller.name();
        return realNames.review(partnerId, id, request.result(), request.opinion(), operator)
                .map(RealNameSubmissionResponse::of);
    }

    @GET
    @Path("/real-name-auths")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List real-name submissions by status (operators)", description = "Default status REVIEWING, oldest first.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100")
    public Uni<RealNameSubmissionListResponse> list(@QueryParam("status") String status,
                                                    @QueryParam("offset") String offset,
                                                    @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return realNames.byStatus(parseStatus(status), page.offset(), page.limit())
                .map(submissions -> new RealNameSubmissionListResponse(submissions.totalCount(),
                        submissions.items().stream().map(RealNameSubmissionResponse::of).toList()));
    }


    private static RealNameStatus parseStatus(String status) {
        if (status == null || status.isEmpty()) {
            return RealNameStatus.REVIEWING;
        }
        try {
            return RealNameStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), List.of(
                    ErrorDetail.of("status", CbcError.PARAMETER_ERROR, "must be one of " + List.of(RealNameStatus.values()))));
        }
    }
}
