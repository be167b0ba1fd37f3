package com.acmecloud.partnercenter.incentive.statements.rest;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.incentive.statements.service.StatementCalculation;
import com.acmecloud.partnercenter.incentive.statements.service.StatementQuery;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner's own incentive statements and the what-if preview; our own paths in Huawei's style. */
@Path("/v2/partners/incentives/statements")
@Tag(name = "Incentive statements", description = "Monthly incentive statements with calculation traces")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementQuery statements;
    private final StatementCalculation calculation;
    private final PartnerScopes scopes;
    private final Caller caller;
    private final Clock clock;

    StatementResource(StatementQuery statements, StatementCalculation calculation, PartnerScopes scopes,
                      Caller caller, Clock clock) {
        this.statements = statements;
        this.calculation = calculation;
        this.scopes = scopes;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The caller's incentive statements",
            description = "Every version, newest month and version first; month YYYY-MM (GMT+8) filters one month. "
                    + "Each line carries its calculation trace. offset from 0, limit 1 to 100 (default 10). A "
                    + "distributor reads a linked cloud reseller's with indirect_partner_id (CBC.99000037 otherwise).")
    @APIResponse(responseCode = "200", description = "total_count and a page of statement versions")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.5001,CBC.99000037")
    public Uni<StatementResponse.Statements> list(
            @Parameter(description = "Month YYYY-MM, GMT+8", example = "2026-10") @QueryParam("month") String month,
            @Parameter(description = "A distributor's linked cloud reseller") @QueryParam("indirect_partner_id")
            String indirectPartnerId,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        String callerId = caller.requirePartnerId();
        String filter = month == null || month.isEmpty() ? null : Months.format(Params.month("month", month));
        PageRequest page = PageRequest.parse(offset, limit);
        return scopes.actingFor(callerId, indirectPartnerId)
                .chain(partnerId -> statements.page(partnerId, filter, page))
                .map(StatementResponse.Statements::of);
    }

    @GET
    @Path("/preview")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "What-if: the current month so far",
            description = "The statement the current month (GMT+8) would get from the data so far, marked "
                    + "provisional, with the next tier and the performance still needed to reach it. Nothing is "
                    + "stored.")
    @APIResponse(responseCode = "200", description = "The provisional statement")
    @Extension(name = "x-cbc-errors", value = "CBC.5001,CBC.99000037")
    public Uni<StatementPreviewResponse> preview(
            @Parameter(description = "A distributor's linked cloud reseller") @QueryParam("indirect_partner_id")
            String indirectPartnerId) {
        String callerId = caller.requirePartnerId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return scopes.actingFor(callerId, indirectPartnerId)
                .chain(partnerId -> calculation.calculate(partnerId, Months.of(now)))
                .map(calculated -> StatementPreviewResponse.of(calculated, now));
    }
}
