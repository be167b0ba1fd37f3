package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.PersonKey;
import com.acmecloud.partnercenter.partner.members.service.MemberInvitationService;
import com.acmecloud.partnercenter.partner.members.service.MembershipService;
import com.acmecloud.partnercenter.partner.members.service.PersonalCertificationService;
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
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a person (role {@code member}, identified by the token's subject) does: use an invitation, see and
 * leave their membership, record their personal certifications. No partner id in these paths: the caller
 * only ever reaches their own data.
 */
@Path("/v2/members")
@Tag(name = "Members (person)", description = "A person's invitations, membership and personal certifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class MemberSelfResource {

    private final MembershipService memberships;
    private final PersonalCertificationService certifications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    MemberSelfResource(MembershipService memberships, PersonalCertificationService certifications,
                       IdempotentRequests idempotency, Caller caller) {
        this.memberships = memberships;
        this.certifications = certifications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/invitations/{token}/accept")
    @Operation(summary = "Accept a member invitation",
            description = "The caller becomes the partner's member. Refused when the token is unknown, expired "
                    + "(7 days, rule 3), already used, revoked, or when the caller is already a member of a partner "
                    + "(one partner at a time). An e-mail invitation is accepted only by a caller whose token e-mail "
                    + "claim is the invited address (case-insensitive; otherwise 403 CBC.91003010). "
                    + "Idempotency-Key supported. Publishes member.joined.v1.")
    @APIResponse(responseCode = "201", description = "Joined")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0100,CBC.91003001,CBC.91003002,CBC.91003003,CBC.91003004,CBC.91003006,CBC.91003010,"
                    + "CBC.99007009")
    public Uni<Response> accept(@PathParam("token") String token,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String person = caller.subject();
        Optional<String> email = caller.email();
        return idempotency.execute(idempotencyKey, PersonKey.of(person),
                "POST " + MemberInvitationService.LINK_PREFIX + "{token}/accept", Map.of("token", token),
                () -> memberships.accept(token, person, email)
                        .map(member -> Response.status(Response.Status.CREATED).entity(MemberResponse.of(member))
                                .build()));
    }

    @POST
    @Path("/invitations/{token}/decline")
    @Operation(summary = "Decline a member invitation",
            description = "Uses the invitation up; an e-mail invitation only by the invited address (CBC.91003010). "
                    + "Publishes member.invitation_declined.v1.")
    @APIResponse(responseCode = "200", description = "Declined")
    @Extension(name = "x-cbc-errors", value = "CBC.91003001,CBC.91003002,CBC.91003003,CBC.91003004,CBC.91003010")
    public Uni<MemberInvitationResponse> decline(@PathParam("token") String token) {
        String person = caller.subject();
        return memberships.decline(token, person, caller.email())
                .map(declined -> MemberInvitationResponse.of(declined, memberships.now()));
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller's current membership")
    @APIResponse(responseCode = "200", description = "The active membership")
    @Extension(name = "x-cbc-errors", value = "CBC.91003008")
    public Uni<MemberResponse> me() {
        String person = caller.subject();
        return memberships.current(person).map(MemberResponse::of);
    }

    @POST
    @Path("/me/leave")
    @Operation(summary = "Leave the current partner",
            description = "The caller's certifications stop being visible to that partner (seed 15 / rule 3). "
                    + "Publishes member.removed.v1 (reason LEFT).")
    @APIResponse(responseCode = "200", description = "Left; the ended membership")
    @Extension(name = "x-cbc-errors", value = "CBC.91003008")
    public Uni<MemberResponse> leave() {
        String person = caller.subject();
        return memberships.leave(person).map(MemberResponse::of);
    }

    @POST
    @Path("/me/certifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a personal certification",
            description = "HCIA, HCIP or HCIE with track, certificate number (unique) and validity. Visible to the "
                    + "partner of the caller's current membership (seed 15 / rule 3). Idempotency-Key supported. "
                    + "Publishes member.certification_added.v1.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91003009,CBC.99007009")
    public Uni<Response> record(@Valid @NotNull RecordCertificationRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String person = caller.subject();
        return idempotency.execute(idempotencyKey, PersonKey.of(person), "POST /v2/members/me/certifications",
                request, () -> certifications.record(person, request.toRecording())
                        .map(recorded -> Response.status(Response.Status.CREATED)
                                .entity(CertificationResponse.of(recorded, null, certifications.now())).build()));
    }

    @GET
    @Path("/me/certifications")
    @Operation(summary = "List the caller's personal certifications", description = "Oldest first; status as of now.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100")
    public Uni<CertificationListResponse> myCertifications(@QueryParam("offset") String offset,
                                                           @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        String person = caller.subject();
        return certifications.ofPerson(person, page.offset(), page.limit()).map(found -> {
            var now = certifications.now();
            return new CertificationListResponse(found.totalCount(),
                    found.items().stream().map(c -> CertificationResponse.of(c, null, now)).toList());
        });
    }
}
