package com.acmecloud.partnercenter.partner.status.rest;

import com.acmecloud.partnercenter.partner.status.service.PartnerStatusService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Partner status", description = "Restricting a partner, or recording its exit (operators)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerStatusResource {

    private final PartnerStatusService statuses;
    private final Caller caller;

    PartnerStatusResource(PartnerStatusService statuses, Caller caller) {
        this.statuses = statuses;
        this.caller = caller;
    }

    @PUT
    @Path("/{partner_id}/status")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Set a partner's status (operators)",
            description = "ACTIVE, RESTRICTED or EXITED, with a reason. RESTRICTED and EXITED partners cannot apply "
                    + "to programs or link resellers; EXITED is final and revokes the partner's certificates. "
                    + "The status shows in the partner read and is published as partner.status_changed.v1, from "
                    + "which customer-service refuses associations (rules 23–24). Setting the current status again "
                    + "changes nothing and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The partner's status")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.91002005")
    public Uni<PartnerStatusResponse> change(@PathParam("partner_id") String partnerId,
                                             @Valid @NotNull ChangePartnerStatusRequest request) {
        String operator = caller.name();
        return statuses.change(partnerId, request.status(), request.reason(), operator).map(PartnerStatusResponse::of);
    }
}
