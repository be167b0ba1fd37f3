package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.service.DevInvitationMailbox;
import com.acmecloud.partnercenter.partner.members.service.MemberInvitationService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Members", description = "Members of a partner and their personal HCIA/HCIP/HCIE certifications")
@Produces(MediaType.APPLICATION_JSON)
public class MemberInvitationResource {

    private final MemberInvitationService invitations;
    private final DevInvitationMailbox devMailbox;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    MemberInvitationResource(MemberInvitationService invitations, DevInvitationMailbox devMailbox,
                             IdempotentRequests idempotency, Caller caller) {
        this.invitations = invitations;
        this.devMailbox = devMailbox;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/{partner_id}/member-invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Invite a member by e-mail, phone or account name",
            description = "Domain rule 3: the invitation link (/v2/members/invitations/{token}) is valid 7 days and "
                    + "usable once; a partner may send at most 100 invitations in any rolling 24 hours (revoked and "
                    + "declined ones count). The token is returned only in this answer. Delivery of the link is not "
                    + "implemented, and the link is never logged. Idempotency-Key supported. Publishes member.invited.v1.")
    @APIResponse(responseCode = "201", description = "Invited; the answer holds the single-use token and link")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91003005,CBC.99007009")
    public Uni<Response> invite(@PathParam("partner_id") String partnerId, @Valid @NotNull InviteMemberRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String invitedBy = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/member-invitations",
                request, () -> invitations.invite(partnerId, request.inviteeType(), request.invitee(), invitedBy)
                        .map(sent -> Response.status(Response.Status.CREATED)
                                .entity(MemberInvitationResponse.of(sent, invitations.now())).build()));
    }

    @GET
    @Path("/{partner_id}/member-invitations")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's member invitations", description = "Newest first; tokens are never listed.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150")
    public Uni<MemberInvitationListResponse> list(@PathParam("partner_id") String partnerId,
                                                  @QueryParam("offset") String offset,
                                                  @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return invitations.ofPartner(partnerId, page.offset(), page.limit()).map(found -> {
            var now = invitations.now();
            return new MemberInvitationListResponse(found.totalCount(),
                    found.items().stream().map(i -> MemberInvitationResponse.of(i, now)).toList());
        });
    }

    @GET
    @Path("/{partner_id}/member-invitations/{invitation_id}/dev-link")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Local development only: the link of a recent invitation",
            description = "Answers only where the dev outbox is on (partnercenter.dev-outbox.enabled: the local "
                    + "stack); otherwise 404 CBC.91000001. Links are never logged. The outbox lives in memory.")
    @APIResponse(responseCode = "200", description = "The invitation link")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91000001,CBC.91003001")
    public Uni<DevInvitationLinkResponse> devLink(@PathParam("partner_id") String partnerId,
                                                  @PathParam("invitation_id") String invitationId) {
        return Uni.createFrom().item(() -> {
            UUID id = PathIds.uuid(invitationId, CbcError.MEMBER_INVITATION_NOT_FOUND);
            var kept = devMailbox.read(partnerId, id);
            return new DevInvitationLinkResponse(invitationId, kept.link(), kept.expiresAt());
        });
    }

    @POST
    @Path("/{partner_id}/member-invitations/{invitation_id}/revoke")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Revoke a pending member invitation",
            description = "Its token can no longer be used. Publishes member.invitation_revoked.v1.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0150,CBC.91003001,CBC.91003002,CBC.91003003,CBC.91003004")
    public Uni<MemberInvitationResponse> revoke(@PathParam("partner_id") String partnerId,
                                                @PathParam("invitation_id") String invitationId) {
        UUID id = PathIds.uuid(invitationId, CbcError.MEMBER_INVITATION_NOT_FOUND);
        String revokedBy = caller.name();
        return invitations.revoke(partnerId, id, revokedBy)
                .map(revoked -> MemberInvitationResponse.of(revoked, invitations.now()));
    }
}
