package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.registration.service.EmailBindingService;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
@Tag(name = "E-mail binding", description = "Binding the contact e-mail with a one-time code")
@Produces(MediaType.APPLICATION_JSON)
public class EmailBindingResource {

    private final EmailBindingService emailBinding;

    EmailBindingResource(EmailBindingService emailBinding) {
        this.emailBinding = emailBinding;
    }

    @POST
    @Path("/{partner_id}/email-binding/verification-codes")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Send a verification code to the contact e-mail",
            description = "Only the newest code counts. It expires (default 10 minutes). At most 15 codes per hour and "
                    + "60 per day per address and per partner (CBC.99004015). After 3 wrong codes in 24 hours, counted "
                    + "over all codes of the partner or its address (a new code does not reset them), checks and new "
                    + "codes are refused with CBC.99004009 until the failing codes are 24 hours old.")
    @APIResponse(responseCode = "202", description = "Code sent")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0150,CBC.91001001,CBC.91001005,CBC.99004003,CBC.99004009,CBC.99004015")
    public Uni<Response> sendCode(@PathParam("partner_id") String partnerId) {
        return emailBinding.sendCode(partnerId).map(sent ->
                Response.accepted(new VerificationCodeSentResponse(sent.email(), sent.expiresAt())).build());
    }

    @POST
    @Path("/{partner_id}/email-binding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Confirm the code and bind the contact e-mail",
            description = "Single use; the newest code only. A wrong code counts against the 24-hour budget of 3 "
                    + "(the third answers CBC.99004009). Publishes partner.email_bound.v1.")
    @APIResponse(responseCode = "200", description = "Bound")
    @Extension(name = "x-cbc-errors",
            value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91001005,CBC.91001006,CBC.99004008,CBC.99004009,CBC.99004010")
    public Uni<EmailBindingResponse> confirm(@PathParam("partner_id") String partnerId,
                                             @Valid @NotNull ConfirmEmailRequest request) {
        return emailBinding.confirm(partnerId, request.verificationCode())
                .map(partner -> new EmailBindingResponse(partner.contactEmail, "BOUND", partner.emailBoundAt));
    }
}
