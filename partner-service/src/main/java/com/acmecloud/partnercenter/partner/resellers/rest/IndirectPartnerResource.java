package com.acmecloud.partnercenter.partner.resellers.rest;

import com.acmecloud.partnercenter.partner.resellers.service.IndirectPartnerService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    @Operation(summary = "Link a cloud reseller to the distributor",
            description = "The caller must be an ACTIVE partner with an approved DISTRIBUTOR program. The reseller "
                    + "must be an ACTIVE partner with an approved CLOUD_RESELLER program (a registered partner that "
                    + "merely is not a distributor does not qualify: tier 2 is the Cloud Reseller program) and have no "
                    + "distributor yet — a reseller has at most one. Publishes indirect_partner.linked.v1 (key: the "
                    + "reseller's id). Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Linked")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91002004,CBC.91002005,"
            + "CBC.91002007,CBC.91002008,CBC.91002009,CBC.99007009")
    public Uni<Response> link(@PathParam("partner_id") String partnerId,
                              @Valid @NotNull LinkIndirectPartnerRequest request,
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String linkedBy = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/indirect-partners",
                request, () -> indirectPartners.link(partnerId, request.indirectPartnerId(), linkedBy)
                        .map(linked -> Response.status(Response.Status.CREATED)
                                .entity(IndirectPartnerResponse.of(linked)).build()));
    }

    @DELETE
    @Path("/{partner_id}/indirect-partners/{indirect_partner_id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Unlink a cloud reseller from the distributor",
            description = "By the distributor, or by an operator (e.g. to free the resellers of a distributor that "
                    + "exited). Allowed whatever the distributor's status. Publishes indirect_partner.unlinked.v1.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.99000037")
    public Uni<Void> unlink(@PathParam("partner_id") String partnerId,
                            @PathParam("indirect_partner_id") String indirectPartnerId) {
        String unlinkedBy = caller.name();
        return indirectPartners.unlink(partnerId, indirectPartnerId, unlinkedBy);
    }

    @POST
    @Path("/indirect-partners/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the distributor's cloud resellers (Huawei-compatible)",
            description = "Huawei's QueryIndirectPartners: the distributor is the caller (the token's partner_id). "
                    + "Filters: account_name (exact xaccount_id), associated_on_begin / associated_on_end (UTC "
                    + "yyyy-MM-dd'T'HH:mm:ss'Z', inclusive), indirect_partner_id; offset from 0, limit 1 to 100 "
                    + "(default 10). Oldest link first. count (Huawei's field) and total_count both give the number "
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
