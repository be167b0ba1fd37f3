package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.service.PersonalCertificationService;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Members", description = "Members of a partner and their personal HCIA/HCIP/HCIE certifications")
@Produces(MediaType.APPLICATION_JSON)
public class MemberCertificationResource {

    private final PersonalCertificationService certifications;

    MemberCertificationResource(PersonalCertificationService certifications) {
        this.certifications = certifications;
    }

    @GET
    @Path("/{partner_id}/member-certifications")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the personal certifications of all the partner's members",
            description = "Certifications of active members only (seed 15 / rule 3), by member then recording time.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150")
    public Uni<CertificationListResponse> partnerCertifications(@PathParam("partner_id") String partnerId,
                                                                @QueryParam("offset") String offset,
                                                                @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return certifications.ofPartner(partnerId, page.offset(), page.limit()).map(found -> {
            var now = certifications.now();
            return new CertificationListResponse(found.totalCount(), found.items().stream()
                    .map(v -> CertificationResponse.of(v.certification(), v.member(), now)).toList());
        });
    }
}
