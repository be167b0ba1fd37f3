package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.deals.service.DealRegistrationService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners/deal-registrations")
@Tag(name = "Deal registrations", description = "Registering prospects (报备) for exclusive rights; portal-only at "
        + "Huawei, our API in Huawei's style")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealRegistrationResource {

    private final DealRegistrationService registrations;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    DealRegistrationResource(DealRegistrationService registrations, IdempotentRequests idempotency, Caller caller) {
        this.registrations = registrations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Register a prospect (报备)",
            description = "Registers an existing account (customer_id) or a person without one (无账号报备, by "
                    + "mobile_phone and/or email). While ACTIVE (until expires_at, partnercenter.deal-registration."
                    + "validity, default 90 days) the partner has exclusive rights: no other partner can register the "
                    + "same account, mobile or e-mail (any case) — CBC.99000051, also for concurrent requests — and "
                    + "the partner may invite the prospect (rule 7). An account associated with a partner cannot be "
                    + "registered (CBC.91005012, CBC.91005013); a mobile or e-mail that already has an account must "
                    + "be registered by customer_id (CBC.91005014). A no-account registration not converted by "
                    + "expires_at is released to the public pool. Rules 23-24 apply as for creating customers, and a test "
                    + "partner account cannot register (CBC.99005035). "
                    + "Publishes customer.deal_registered.v1. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "Registered")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.5017,"
            + "CBC.99000047,CBC.99000051,CBC.91005011,CBC.91005012,CBC.91005013,CBC.91005014,CBC.99000037,"
            + "CBC.50010059,CBC.50010065,CBC.50010085,CBC.50010086,CBC.91002005,CBC.99007009,CBC.99005035")
    public Uni<Response> register(@Valid @NotNull RegisterDealRequest request,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/deal-registrations", request, () ->
                registrations.register(partnerId, callerName, request.toNewRegistration())
                        .map(registration -> Response.ok(DealRegistrationInfo.of(registration, registrations.now()))
                                .build()));
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the partner's deal registrations",
            description = "The caller's registrations, or a linked cloud reseller's with indirect_partner_id "
                    + "(CBC.99000037 otherwise). Filters registration_id, status, customer_id; offset from 0, limit "
                    + "1 to 100 (default 10); oldest first.")
    @APIResponse(responseCode = "200", description = "One page of registrations")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<QueryDealRegistrationsResponse> query(@Valid @NotNull QueryDealRegistrationsRequest request) {
        String partnerId = caller.requirePartnerId();
        return registrations.query(partnerId, blankToNull(request.indirectPartnerId()), request.toFilter(),
                        request.offsetOrDefault(), request.limitOrDefault())
                .map(page -> {
                    var now = registrations.now();
                    return new QueryDealRegistrationsResponse(page.totalCount(),
                            page.items().stream().map(r -> DealRegistrationInfo.of(r, now)).toList());
                });
    }

    @POST
    @Path("/{registration_id}/withdraw")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Withdraw a deal registration",
            description = "Gives up an ACTIVE registration (CBC.91005015 otherwise); its invitations can no longer "
                    + "be accepted. Another partner's registration is not found (CBC.91005010). The body is optional "
                    + "(indirect_partner_id for a distributor). Publishes customer.deal_registration_withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037,"
            + "CBC.91005010,CBC.91005015")
    public Uni<DealRegistrationInfo> withdraw(@PathParam("registration_id") String registrationId,
                                              @Valid PartnerScopeRequest request) {
        String partnerId = caller.requirePartnerId();
        return registrations.withdraw(partnerId, caller.name(),
                        PathIds.uuid(registrationId, CbcError.DEAL_REGISTRATION_NOT_FOUND),
                        PartnerScopeRequest.indirectPartnerIdOf(request))
                .map(registration -> DealRegistrationInfo.of(registration, registrations.now()));
    }
}
