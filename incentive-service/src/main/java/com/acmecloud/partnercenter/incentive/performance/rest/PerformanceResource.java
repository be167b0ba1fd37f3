package com.acmecloud.partnercenter.incentive.performance.rest;

import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner's own performance (业绩); our own path in Huawei's style. Only the caller's: the token names the partner. */
@Path("/v2/partners/incentives/performance")
@Tag(name = "Performance", description = "Partners' performance from their customers' consumption (rule 56)")
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource {

    private final PerformanceQuery performance;
    private final PartnerScopes scopes;
    private final Caller caller;

    PerformanceResource(PerformanceQuery performance, PartnerScopes scopes, Caller caller) {
        this.performance = performance;
        this.scopes = scopes;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The caller's performance of a month",
            description = "month YYYY-MM (GMT+8, required). Counted: associated customers' cash and stored-value-card "
                    + "spending, attributed to the partner the customer was associated with when it consumed, in the "
                    + "mode it had then; unsubscriptions take it back. Not counted: coupons, vouchers marked as not "
                    + "counting, stored-value-card purchases, write-offs, service types whose policy is 2. Late "
                    + "records of a closed month appear as adjustments of the month they arrived in. A distributor reads "
                    + "a linked cloud reseller's with indirect_partner_id (CBC.99000037 for any other id).")
    @APIResponse(responseCode = "200", description = "The month's performance by association type")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.5001,CBC.91001003,CBC.99000037")
    public Uni<PerformanceResponse> show(
            @Parameter(description = "Month YYYY-MM, GMT+8", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "A distributor's linked cloud reseller") @QueryParam("indirect_partner_id")
            String indirectPartnerId) {
        String callerId = caller.requirePartnerId();
        YearMonth parsed = Params.month("month", month);
        return scopes.actingFor(callerId, indirectPartnerId)
                .chain(partnerId -> performance.month(partnerId, parsed))
                .map(PerformanceResponse::of);
    }
}
