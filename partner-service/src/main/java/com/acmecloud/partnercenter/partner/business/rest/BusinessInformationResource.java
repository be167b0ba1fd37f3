package com.acmecloud.partnercenter.partner.business.rest;

import com.acmecloud.partnercenter.partner.business.service.BusinessInformationService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
@Tag(name = "Business information", description = "Bank account, contracting entity and tax rate, verified by operators "
        + "before payouts (rule 60)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessInformationResource {

    private final BusinessInformationService informations;
    private final Caller caller;

    BusinessInformationResource(BusinessInformationService informations, Caller caller) {
        this.informations = informations;
        this.caller = caller;
    }

    @GET
    @Path("/{partner_id}/business-information")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Read the partner's business information",
            description = "The verified version in force and the pending change, bank accounts masked, and whether "
                    + "payouts are blocked.")
    @APIResponse(responseCode = "200", description = "The business information (status NONE if never submitted)")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    public Uni<BusinessInformationResponse> get(@PathParam("partner_id") String partnerId) {
        return informations.get(partnerId).map(BusinessInformationResponse::of);
    }

    @PUT
    @Path("/{partner_id}/business-information")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Submit business information (or a change) for verification",
            description = "Status becomes PENDING. A verified version stays in force, but payouts are blocked until the "
                    + "change is decided (rule 60). Refused while another change is pending. Publishes "
                    + "business_information.changed.v1.")
    @APIResponse(responseCode = "200", description = "Submitted; the resulting business information")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91004010")
    public Uni<BusinessInformationResponse> submit(@PathParam("partner_id") String partnerId,
                                                   @Valid @NotNull SubmitBusinessInformationRequest request) {
        return informations.submit(partnerId, request.toDetails()).map(BusinessInformationResponse::of);
    }

    @POST
    @Path("/{partner_id}/business-information/review")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Verify or reject the pending business information (operators)",
            description = "APPROVED makes the pending change the verified version; REJECTED drops it (opinion required) "
                    + "and an earlier verified version stays in force. Publishes business_information.changed.v1.")
    @APIResponse(responseCode = "200", description = "Decided; the resulting business information")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.91004011")
    public Uni<BusinessInformationResponse> review(@PathParam("partner_id") String partnerId,
                                                   @Valid @NotNull ReviewBusinessInformationRequest request) {
        String operator = caller.name();
        return informations.review(partnerId, request.result(), request.opinion(), operator)
                .map(BusinessInformationResponse::of);
    }
}
