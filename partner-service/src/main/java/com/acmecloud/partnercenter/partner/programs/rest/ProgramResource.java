package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.config.CertificateConfig;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.service.ProgramApplicationService;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Programs", description = "The program catalogue, applications and joined programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    private final ProgramApplicationService applications;
    private final CertificateConfig certificates;

    ProgramResource(ProgramApplicationService applications, CertificateConfig certificates) {
        this.applications = applications;
        this.certificates = certificates;
    }

    @GET
    @Path("/programs")
    @Authenticated
    @Operation(summary = "List the program catalogue",
            description = "Solution Provider (tier 1, issues a certificate), Cloud Reseller (tier 2: signs with a "
                    + "distributor; issues no certificate) and Distributor (tier 1, issues a certificate). "
                    + "Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "Every program")
    public ProgramCatalogueResponse catalogue() {
        List<ProgramResponse> programs = Arrays.stream(Program.values())
                .map(p -> ProgramResponse.of(p, certificates.validity())).toList();
        return new ProgramCatalogueResponse(programs.size(), programs);
    }

    @GET
    @Path("/{partner_id}/programs")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's joined programs",
            description = "Approved applications with tier and join date, oldest first; certificate_id names the "
                    + "certificate to download, null for programs that issue none (rule 2).")
    @APIResponse(responseCode = "200", description = "Joined programs")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    public Uni<JoinedProgramListResponse> joined(@PathParam("partner_id") String partnerId) {
        return applications.joined(partnerId).map(found -> {
            List<JoinedProgramResponse> joined = found.stream().map(JoinedProgramResponse::of).toList();
            return new JoinedProgramListResponse(joined.size(), joined);
        });
    }
}
