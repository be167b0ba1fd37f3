package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.service.MembershipService;
import com.acmecloud.partnercenter.partner.members.service.PersonalCertificationService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Members", description = "Members of a partner and their personal HCIA/HCIP/HCIE certifications")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerMemberResource {

    private final MembershipService memberships;
    private final PersonalCertificationService certifications;

    PartnerMemberResource(MembershipService memberships, PersonalCertificationService certifications) {
        this.memberships = memberships;
        this.certifications = certifications;
    }

    @GET
    @Path("/{partner_id}/members")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's members", description = "Active members, oldest first.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150")
    public Uni<MemberListResponse> members(@PathParam("partner_id") String partnerId,
                                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return memberships.ofPartner(partnerId, page.offset(), page.limit()).map(found ->
                new MemberListResponse(found.totalCount(), found.items().stream().map(MemberResponse::of).toList()));
    }

    @DELETE
    @Path("/{partner_id}/members/{member_id}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Remove a member",
            description = "The person's certifications stop being visible to the partner (seed 15 / rule 3). "
                    + "Publishes member.removed.v1 (reason REMOVED).")
    @APIResponse(responseCode = "204", description = "Removed")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91003007")
    public Uni<Void> remove(@PathParam("partner_id") String partnerId, @PathParam("member_id") String memberId) {
        return memberships.remove(partnerId, PathIds.uuid(memberId, CbcError.MEMBER_NOT_FOUND)).replaceWithVoid();
    }

    @GET
    @Path("/{partner_id}/members/{member_id}/certifications")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List a member's personal certifications",
            description = "Visible only while the person is the partner's active member (seed 15 / rule 3); status is "
                    + "VALID or EXPIRED as of now.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150,CBC.91003007")
    public Uni<CertificationListResponse> memberCertifications(@PathParam("partner_id") String partnerId,
                                                               @PathParam("member_id") String memberId,
                                                               @QueryParam("offset") String offset,
                                                               @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        UUID id = PathIds.uuid(memberId, CbcError.MEMBER_NOT_FOUND);
        return certifications.ofMember(partnerId, id, page.offset(), page.limit()).map(found -> {
            var now = certifications.now();
            return new CertificationListResponse(found.totalCount(), found.items().stream()
                    .map(v -> CertificationResponse.of(v.certification(), v.member(), now)).toList());
        });
    }
}
