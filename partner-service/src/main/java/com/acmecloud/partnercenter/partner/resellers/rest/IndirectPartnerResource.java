package com.acmecloud.partnercenter.partner.resellers.rest;

import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestStatus;
import com.acmecloud.partnercenter.partner.resellers.repository.IndirectPartnerLinkRequestRepository.Side;
import com.acmecloud.partnercenter.partner.resellers.service.IndirectPartnerService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Distributors and resellers", description = "Tier-1 distributors and the tier-2 cloud resellers signed with them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndirectPartnerResource {

    private final IndirectPartnerService indirectPartners;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    IndirectPartnerResource(IndirectPartnerService indirectPartners, IdempotentRequests idempotency, Caller caller) {
        this.indirectPartners = indirectPartners;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/{partner_id}/indirect-partners")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Ask a cloud reseller to link to the distributor",
            description = "Creates a PENDING link request; the link is effective only after the reseller accepts it "
                    + "(POST .../distributor-requests/{request_id}/accept) before expires_at. The caller must be an "
                    + "ACTIVE partner with an approved DISTRIBUTOR program; the reseller an ACTIVE partner with an "
                    + "approved CLOUD_RESELLER program and no distributor. One open request per reseller and "
                    + "distributor. Publishes indirect_partner.link_requested.v1 (key: the reseller's id). "
                    + "Idempotency-Key supported.")
    @APIResponse(responseCode = "201", description = "Requested; waiting for the reseller")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91002004,CBC.91002005,"
            + "CBC.91002007,CBC.91002008,CBC.91002009,CBC.91002011,CBC.99007009")
    public Uni<Response> link(@PathParam("partner_id") String partnerId,
                              @Valid @NotNull LinkIndirectPartnerRequest request,
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String requestedBy = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/indirect-partners",
                request, () -> indirectPartners.request(partnerId, request.indirectPartnerId(), requestedBy)
                        .map(view -> Response.status(Response.Status.CREATED)
                                .entity(LinkRequestResponse.of(view, indirectPartners.now())).build()));
    }

    @GET
    @Path("/{partner_id}/indirect-partner-requests")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "The distributor's link requests to resellers",
            description = "Newest first; optional status filter (PENDING, ACCEPTED, REJECTED, WITHDRAWN, EXPIRED).")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150")
    public Uni<LinkRequestListResponse> sent(@PathParam("partner_id") String partnerId,
                                             @QueryParam("status") String status,
                                             @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return list(Side.DISTRIBUTOR, partnerId, status == null ? null : parseStatus(status), offset, limit);
    }

    @POST
    @Path("/{partner_id}/indirect-partner-requests/{request_id}/withdraw")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Withdraw a pending link request",
            description = "By the distributor that sent it, while it is pending. Of an acceptance and a withdrawal "
                    + "arriving together exactly one succeeds. Publishes indirect_partner.link_request_withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91002010,CBC.91002012,CBC.91002013")
    public Uni<LinkRequestResponse> withdraw(@PathParam("partner_id") String partnerId,
                                             @PathParam("request_id") String requestId) {
        UUID id = PathIds.uuid(requestId, CbcError.LINK_REQUEST_NOT_FOUND);
        String withdrawnBy = caller.name();
        return indirectPartners.withdraw(partnerId, id, withdrawnBy)
                .map(view -> LinkRequestResponse.of(view, indirectPartners.now()));
    }

    @GET
    @Path("/{partner_id}/distributor-requests")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "The link requests distributors sent to this cloud reseller",
            description = "Newest first; status defaults to PENDING (those the reseller can still accept or reject); "
                    + "status=ALL lists every request.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150")
    public Uni<LinkRequestListResponse> received(@PathParam("partner_id") String partnerId,
                                                 @QueryParam("status") String status,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("limit") String limit) {
        LinkRequestStatus filter = status == null ? LinkRequestStatus.PENDING
                : "ALL".equals(status) ? null : parseStatus(status);
        return list(Side.RESELLER, partnerId, filter, offset, limit);
    }

    @POST
    @Path("/{partner_id}/distributor-requests/{request_id}/accept")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Accept a distributor's link request",
            description = "By the reseller with its own token. The link becomes effective now (associated_on): the "
                    + "distributor may act for the reseller and see its customers. Refused when the request is "
                    + "expired or already decided, the reseller already has a distributor, or the requester is no "
                    + "longer an active distributor. Publishes indirect_partner.link_accepted.v1. Idempotency-Key "
                    + "supported.")
    @APIResponse(responseCode = "200", description = "Accepted; the link is effective")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150,CBC.91002004,CBC.91002005,CBC.91002009,"
            + "CBC.91002010,CBC.91002012,CBC.91002013,CBC.91002015,CBC.99007009")
    public Uni<Response> accept(@PathParam("partner_id") String partnerId, @PathParam("request_id") String requestId,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID id = PathIds.uuid(requestId, CbcError.LINK_REQUEST_NOT_FOUND);
        String acceptedBy = caller.name();
        return idempotency.execute(idempotencyKey, partnerId,
                "POST /v2/partners/{partner_id}/distributor-requests/{request_id}/accept", Map.of("request_id", requestId),
                () -> indirectPartners.accept(partnerId, id, acceptedBy)
                        .map(view -> Response.ok(LinkRequestResponse.of(view, indirectPartners.now())).build()));
    }

    @POST
    @Path("/{partner_id}/distributor-requests/{request_id}/reject")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Reject a distributor's link request",
            description = "By the reseller; optional body {\"reason\": ...}. Publishes indirect_partner.link_rejected.v1. "
                    + "Idempotency-Key supported.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91002010,CBC.91002012,CBC.91002013,"
            + "CBC.99007009")
    public Uni<Response> reject(@PathParam("partner_id") String partnerId, @PathParam("request_id") String requestId,
                                @Valid RejectLinkRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID id = PathIds.uuid(requestId, CbcError.LINK_REQUEST_NOT_FOUND);
        String rejectedBy = caller.name();
        String reason = request == null ? null : request.reason();
        Map<String, Object> body = new HashMap<>();
        body.put("request_id", requestId);
        body.put("reason", reason);
        return idempotency.execute(idempotencyKey, partnerId,
                "POST /v2/partners/{partner_id}/distributor-requests/{request_id}/reject", body,
                () -> indirectPartners.reject(partnerId, id, rejectedBy, reason)
                        .map(view -> Response.ok(LinkRequestResponse.of(view, indirectPartners.now())).build()));
    }

    @DELETE
    @Path("/{partner_id}/distributor")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "End the cloud reseller's link with its distributor",
            description = "By the reseller (or an operator), whatever either side's status: the distributor loses "
                    + "access to the reseller and its customers. Publishes indirect_partner.link_ended.v1.")
    @APIResponse(responseCode = "204", description = "Ended")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91002014")
    public Uni<Void> leaveDistributor(@PathParam("partner_id") String partnerId) {
        String endedBy = caller.name();
        return indirectPartners.leaveDistributor(partnerId, endedBy, caller.isOperator());
    }

    @DELETE
    @Path("/{partner_id}/indirect-partners/{indirect_partner_id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "End a cloud reseller's link with the distributor",
            description = "By the distributor, or by an operator (e.g. to free the resellers of a distributor that "
                    + "exited). Allowed whatever the distributor's status. Publishes indirect_partner.link_ended.v1.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.99000037")
    public Uni<Void> unlink(@PathParam("partner_id") String partnerId,
                            @PathParam("indirect_partner_id") String indirectPartnerId) {
        String unlinkedBy = caller.name();
        return indirectPartners.unlink(partnerId, indirectPartnerId, unlinkedBy, caller.isOperator());
    }

    private Uni<LinkRequestListResponse> list(Side side, String partnerId, LinkRequestStatus status, String offset,
                                              String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return indirectPartners.requests(side, partnerId, status, page.offset(), page.limit()).map(found -> {
            Instant now = indirectPartners.now();
            return new LinkRequestListResponse(found.totalCount(),
                    found.items().stream().map(view -> LinkRequestResponse.of(view, now)).toList());
        });
    }

    private static LinkRequestStatus parseStatus(String raw) {
        try {
            return LinkRequestStatus.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("status", CbcError.PARAMETER_ERROR,
                            "must be one of PENDING, ACCEPTED, REJECTED, WITHDRAWN, EXPIRED")));
        }
    }

    @POST
    @Path("/indirect-partners/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the distributor's cloud resellers (Huawei-compatible)",
            description = "Huawei's QueryIndirectPartners: the distributor is the caller (the token's partner_id). "
                    + "Filters: account_name (exact xaccount_id), associated_on_begin / associated_on_end (UTC "
                    + "yyyy-MM-dd'T'HH:mm:ss'Z', inclusive), indirect_partner_id; offset from 0, limit 1 to 100 "
                    + "(default 10). Only effective links (requests the resellers accepted). Oldest link first. count (Huawei's field) and total_count both give the number "
                    + "of matches across pages. name is the reseller's company name, account_name its xaccount_id; "
                    + "account manager fields are null (not kept here). A partner that is not a distributor has no "
                    + "resellers (count 0).")
    @APIResponse(responseCode = "200", description = "One page of resellers")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003")
    public Uni<QueryIndirectPartnersResponse> query(@Valid @NotNull QueryIndirectPartnersRequest request) {
        String distributorId = caller.requirePartnerId();
        return indirectPartners.query(distributorId, request.toFilter(), request.offsetOrDefault(),
                        request.limitOrDefault())
                .map(page -> new QueryIndirectPartnersResponse(page.totalCount(), page.totalCount(),
                        page.items().stream().map(IndirectPartnerResponse::of).toList()));
    }
}
