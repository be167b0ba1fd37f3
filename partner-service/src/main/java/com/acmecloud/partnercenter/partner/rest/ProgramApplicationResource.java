package com.acmecloud.partnercenter.partner.rest;

import com.acmecloud.partnercenter.partner.service.ProgramApplicationService;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners/{partner_id}/program-applications")
@Tag(name = "Programs", description = "Applications to partner programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramApplicationResource {

    private final ProgramApplicationService applications;
    private final IdempotentRequests idempotency;

    ProgramApplicationResource(ProgramApplicationService applications, IdempotentRequests idempotency) {
        this.applications = applications;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Apply to a partner program",
            description = "Solution Provider requires approved enterprise real-name authentication and a bound e-mail "
                    + "(rule 1); the error's details name each missing prerequisite. Cloud Reseller and Distributor "
                    + "require approved real-name here; their further eligibility checks are not enforced by this "
                    + "operation yet. Publishes program.application_submitted.v1.")
    @APIResponse(responseCode = "201", description = "Submitted")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91001010,CBC.91001011,CBC.99007009")
    public Response apply(@PathParam("partner_id") String partnerId, @Valid @NotNull ApplyToProgramRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/program-applications",
                request, () -> Response.status(Response.Status.CREATED)
                        .entity(ProgramApplicationResponse.of(applications.apply(partnerId, request.program())))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's program applications")
    @APIResponse(responseCode = "200", description = "Applications, oldest first")
    @Extension(name = "x-cbc-errors", value = "CBC.0150")
    public List<ProgramApplicationResponse> list(@PathParam("partner_id") String partnerId) {
        return applications.ofPartner(partnerId).stream().map(ProgramApplicationResponse::of).toList();
    }
}
