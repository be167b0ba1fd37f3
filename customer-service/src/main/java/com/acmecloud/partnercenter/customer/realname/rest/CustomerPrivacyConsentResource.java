package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.customer.realname.service.PrivacyConsentService;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer records and reads its own privacy consents (seed 16 / rule 22; our own API). */
@Path("/v2/customers")
@Tag(name = "Privacy consent", description = "A customer's consent to the privacy statement, required before its "
        + "partner uploads its information")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerPrivacyConsentResource {

    private final PrivacyConsentService consents;
    private final Caller caller;

    CustomerPrivacyConsentResource(PrivacyConsentService consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @POST
    @Path("/privacy-consents")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Consent to the privacy statement (customers)",
            description = "Records, append-only, that the caller's customer account (the token's customer_id claim, else the account its subject signed up for) consents "
                    + "now to the given text version. Publishes customer.privacy_consent_recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91005002")
    public Uni<Response> record(@Valid @NotNull CustomerConsentRequest request) {
        return consents.recordByCustomer(CustomerIdentity.Token.of(caller), request.textVersion())
                .map(consent -> Response.status(Response.Status.CREATED).entity(PrivacyConsentResponse.of(consent))
                        .build());
    }

    @GET
    @Path("/privacy-consents")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer's own privacy consents (customers)",
            description = "Newest first; offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151,CBC.91005002")
    public Uni<PrivacyConsentListResponse> list(@QueryParam("offset") String offset,
                                                @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return consents.ofCustomer(CustomerIdentity.Token.of(caller), page.offset(), page.limit())
                .map(found -> new PrivacyConsentListResponse(found.totalCount(),
                        found.items().stream().map(PrivacyConsentResponse::of).toList()));
    }
}
