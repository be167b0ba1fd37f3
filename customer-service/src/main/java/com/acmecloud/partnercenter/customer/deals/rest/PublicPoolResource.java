package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.deals.service.DealRegistrationService;
import com.acmecloud.partnercenter.customer.deals.service.PublicPoolService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners/public-pool")
@Tag(name = "Public pool", description = "Prospects of no-account registrations released unconverted (公海池)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicPoolResource {

    private final PublicPoolService pool;
    private final DealRegistrationService registrations;
    private final Caller caller;

    PublicPoolResource(PublicPoolService pool, DealRegistrationService registrations, Caller caller) {
        this.pool = pool;
        this.registrations = registrations;
        this.caller = caller;
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the public pool",
            description = "Every partner sees the pool: prospects whose no-account registration ran out unconverted "
                    + "(seed 2), contact masked (138****1234, l***@example.com). offset from 0, limit 1 to 100 "
                    + "(default 10); oldest release first.")
    @APIResponse(responseCode = "200", description = "One page of pooled prospects")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001")
    public Uni<QueryPublicPoolResponse> query(@Valid @NotNull PagingRequest request) {
        caller.requirePartnerId();
        return pool.query(request.offsetOrDefault(), request.limitOrDefault())
                .map(page -> new QueryPublicPoolResponse(page.totalCount(),
                        page.items().stream().map(PoolProspectInfo::of).toList()));
    }

    @POST
    @Path("/{prospect_id}/register")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Register a prospect of the public pool",
            description = "Registers the pooled prospect for the caller (as POST /v2/partners/deal-registrations with "
                    + "its contact), which takes it out of the pool; of two partners registering it at once, one "
                    + "wins and the other gets CBC.91005021. A test partner account cannot register (CBC.99005035). "
                    + "Publishes customer.deal_registered.v1.")
    @APIResponse(responseCode = "200", description = "Registered")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.91005021,"
            + "CBC.99000051,CBC.91005011,CBC.99000037,CBC.50010059,CBC.50010065,CBC.50010085,CBC.50010086,"
            + "CBC.91002005,CBC.99005035")
    public Uni<DealRegistrationInfo> register(@PathParam("prospect_id") String prospectId,
                                              @Valid RegisterPoolProspectRequest request) {
        String partnerId = caller.requirePartnerId();
        return registrations.registerFromPool(partnerId, caller.name(),
                        PathIds.uuid(prospectId, CbcError.POOL_PROSPECT_NOT_FOUND),
                        request == null ? null : blankToNull(request.remark()),
                        request == null ? null : blankToNull(request.indirectPartnerId()))
                .map(registration -> DealRegistrationInfo.of(registration, registrations.now()));
    }
}
