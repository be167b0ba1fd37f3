package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer;
import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer.InvitationEmail;
import com.acmecloud.partnercenter.customer.deals.service.InvitationService;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners/invitations")
@Tag(name = "Invitations", description = "Invitation links and QR codes for registered prospects; portal-only at "
        + "Huawei, our API in Huawei's style")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;
    private final InvitationMailer mailer;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    InvitationResource(InvitationService invitations, InvitationMailer mailer, IdempotentRequests idempotency,
                       Caller caller) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Invite a registered prospect",
            description = "Issues a single-use invitation for an ACTIVE registration of the caller (rule 7: "
                    + "CBC.91005015 otherwise; another partner's registration is not found, CBC.91005010). ONLINE: "
                    + "the link is e-mailed (to email, else the registration's e-mail) and valid 7 days "
                    + "(partnercenter.invitations.online-validity); OFFLINE: a link / QR code that never expires "
                    + "(rule 8). The answer is the only place the invitation_code appears. Accepting associates the "
                    + "customer in association_type (1 referral, 2 resale). A test partner account cannot invite "
                    + "(CBC.99005035). Publishes customer.invitation_issued.v1. "
                    + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "Issued")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037,"
            + "CBC.91005010,CBC.91005015,CBC.50010059,CBC.50010065,CBC.50010085,CBC.50010086,CBC.91002005,"
            + "CBC.99007009,CBC.99005035")
    public Uni<Response> issue(@Valid @NotNull IssueInvitationRequest request,
                               @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        // set only when this request issued the invitation (a replayed answer sends no second e-mail)
        AtomicReference<InvitationEmail> toSend = new AtomicReference<>();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/invitations", request, () ->
                        invitations.issue(partnerId, callerName, request.toNewInvitation()).map(issued -> {
                            toSend.set(issued.email());
                            return Response.ok(IssuedInvitationResponse.of(issued)).build();
                        }))
                // execute(...) completes once the transaction has committed: a rolled-back issuance sends nothing
                .call(() -> mailer.send(toSend.get()));
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the partner's invitations",
            description = "The caller's invitations (or a linked reseller's with indirect_partner_id), optionally of "
                    + "one registration; never the codes. offset from 0, limit 1 to 100 (default 10); oldest first.")
    @APIResponse(responseCode = "200", description = "One page of invitations")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<QueryInvitationsResponse> query(@Valid @NotNull QueryInvitationsRequest request) {
        String partnerId = caller.requirePartnerId();
        return invitations.query(partnerId, blankToNull(request.indirectPartnerId()), request.registrationUuid(),
                        request.offsetOrDefault(), request.limitOrDefault())
                .map(page -> {
                    var now = invitations.now();
                    return new QueryInvitationsResponse(page.totalCount(),
                            page.items().stream().map(i -> InvitationInfo.of(i, now)).toList());
                });
    }
}
