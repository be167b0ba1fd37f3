package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.customer.deals.service.InvitationAcceptanceService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/customers")
@Tag(name = "Customer invitations", description = "A customer looks at and accepts a partner's invitation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerInvitationResource {

    private final InvitationAcceptanceService acceptance;
    private final Caller caller;

    CustomerInvitationResource(InvitationAcceptanceService acceptance, Caller caller) {
        this.acceptance = acceptance;
        this.caller = caller;
    }

    @POST
    @Path("/invitations/{code}/verification-codes")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Send the code that proves a sign-up contact",
            description = "For a person signing up through the invitation: sends a verification code to the "
                    + "registered prospect's mobile_phone (SMS) or email (exactly one; another contact: "
                    + "CBC.91005019). The code is valid 10 minutes, blocked after more than 3 failed checks, and a "
                    + "number or address gets at most 15 codes per hour and 60 per day (rule 21, CBC.99004015). A "
                    + "person of the other site (token claim site) gets CBC.0156 (rule 10). The invitation must be "
                    + "usable (rule 9 as for the preview). Delivery failures are retryable (CBC.91005005 SMS, "
                    + "CBC.91005007 e-mail).")
    @APIResponse(responseCode = "204", description = "Sent")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.0156,CBC.91005016,CBC.91005017,"
            + "CBC.91005018,CBC.99000051,CBC.91005015,CBC.91005019,CBC.5017,CBC.99004015,CBC.91005005,"
            + "CBC.91005007")
    public Uni<Void> sendSignUpCode(@PathParam("code") String code, @Valid @NotNull SignUpCodeRequest request) {
        return acceptance.sendSignUpCode(CustomerIdentity.Token.of(caller), code, blankToNull(request.mobilePhone()),
                blankToNull(request.email()), request.lang());
    }

    @GET
    @Path("/invitations/{code}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Look at an invitation",
            description = "The partner and mode the invitation offers, if it could be accepted now. Rule 9, each with "
                    + "its own code: unknown (CBC.91005016), expired (CBC.91005017), already used (CBC.91005018), "
                    + "the prospect registered by another partner (CBC.99000051); the partner's registration no longer "
                    + "active (CBC.91005015). A customer of the other site (token claim site) gets CBC.0156 (rule 10).")
    @APIResponse(responseCode = "200", description = "The invitation")
    @Extension(name = "x-cbc-errors", value = "CBC.0154,CBC.0151,CBC.0156,CBC.91005016,CBC.91005017,CBC.91005018,"
            + "CBC.99000051,CBC.91005015")
    public Uni<InvitationPreviewResponse> preview(@PathParam("code") String code) {
        return acceptance.preview(CustomerIdentity.Token.of(caller), code).map(InvitationPreviewResponse::of);
    }

    @POST
    @Path("/invitations/{code}/accept")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Accept an invitation and associate with the partner",
            description = "A caller whose token names an account (claim customer_id, or the account it signed up for) "
                    + "associates that account; a caller without one signs up (origin SELF_SIGNUP) with the body's "
                    + "domain_name, mobile_phone and/or email (matching the registered prospect, CBC.91005019) and "
                    + "password, proving each contact with a code from POST /v2/customers/invitations/{code}/"
                    + "verification-codes (verification_code for the mobile, email_verification_code for the e-mail; "
                    + "CBC.0101 when missing, CBC.91005001/CBC.91005006 none sent, CBC.99004010 wrong, CBC.99004009 "
                    + "blocked, CBC.99004008 expired), and the new account is associated. The association is in the invited mode; the code "
                    + "is used up (of two accepts of one code, one wins, the other gets CBC.91005018). Rule 9 as for "
                    + "the preview. Rule 10: a customer of the other site (token claim site; absent = this deployment's, "
                    + "partnercenter.site) is refused before anything is read or written (CBC.0156); already "
                    + "associated with another partner (CBC.91005012) or this one (CBC.91005013); unpaid bills, i.e. debt on any partner's book as billing-gateway "
                    + "reports it (CBC.91005024); an account registered more than 7 days ago (partnercenter.invitations"
                    + ".unregistered-account-max-age) or that has spent cash, unless the registration names the "
                    + "account itself (CBC.91005020). An invitation of a partner that is now a test account cannot be accepted "
                    + "(CBC.99005035). Publishes customer.associated.v1 and customer.invitation_accepted.v1 (the "
                    + "partner's notification), and customer.sub_customer_created.v1 for a new account.")
    @APIResponse(responseCode = "200", description = "Associated")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.0156,CBC.91005002,CBC.91005016,"
            + "CBC.91005017,CBC.91005018,CBC.99000051,CBC.91005015,CBC.91005019,CBC.91005012,CBC.91005013,"
            + "CBC.91005020,CBC.91005024,CBC.91005022,CBC.91005023,CBC.5017,CBC.99000029,CBC.99000031,CBC.99000036,"
            + "CBC.99000038,CBC.99000037,CBC.50010065,CBC.50010085,CBC.50010086,CBC.91002005,CBC.91005001,"
            + "CBC.91005006,CBC.99004008,CBC.99004009,CBC.99004010,CBC.99005035")
    public Uni<AcceptedInvitationResponse> accept(@PathParam("code") String code,
                                                  @Valid AcceptInvitationRequest request) {
        return acceptance.accept(CustomerIdentity.Token.of(caller), code, AcceptInvitationRequest.toData(request))
                .map(AcceptedInvitationResponse::of);
    }
}
