package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateRules;
import com.acmecloud.partnercenter.incentive.policies.domain.Program;
import com.acmecloud.partnercenter.incentive.policies.service.BaseRateService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Base incentive rates by program and performance tier, as data: operators add versions, partners read them. */
@Path("/v2")
@Tag(name = "Base incentive rates", description = "Base incentive rates by program and performance tier (seed 10)")
@Produces(MediaType.APPLICATION_JSON)
public class BaseRateResource {

    private static final String OPERATOR_KEYS = "platform-operators";

    private final BaseRateService rates;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    BaseRateResource(BaseRateService rates, IdempotentRequests idempotency, Caller caller) {
        this.rates = rates;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Path("/partners/incentives/base-rates")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Base incentive rates of a month",
            description = "time YYYY-MM (GMT+8, required): each program's rate table in force at the month's last "
                    + "second; program filters one (SOLUTION_PROVIDER, CLOUD_RESELLER, DISTRIBUTOR).")
    @APIResponse(responseCode = "200", description = "The tables with their tiers, lowest first")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.5001")
    public Uni<BaseRateTablesResponse> inForce(@QueryParam("time") String time,
                                               @QueryParam("program") String program) {
        YearMonth month = Params.month("time", time);
        Program filter = program == null || program.isEmpty() ? null : Program.parse(program).orElseThrow(
                () -> Params.invalid(CbcError.PARAMETER_ERROR, "program",
                        "must be SOLUTION_PROVIDER, CLOUD_RESELLER or DISTRIBUTOR"));
        return rates.inForce(month, filter).map(tables -> BaseRateTablesResponse.of(Months.format(month), tables));
    }

    @POST
    @Path("/operations/incentive-base-rates")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a version of a program's base rates (operator)",
            description = "Tiers lowest first: the first from min_performance 0, each threshold higher than the one "
                    + "before, rates 0 to 1 with 4 decimals (CBC.91007001 otherwise). Earlier versions stay as they "
                    + "are. Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "The stored table")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91007001,CBC.99007009")
    public Uni<Response> create(@Valid @NotNull CreateBaseRateTableRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        BaseRateService.NewTable table = new BaseRateService.NewTable(Program.parse(request.program()).orElseThrow(),
                Params.instant("effective_from", request.effectiveFrom()), request.reason(),
                request.tiers().stream().map(t -> new BaseRateRules.Tier(t.tierName(), t.minPerformance(), t.rate()))
                        .toList());
        BaseRateRules.check(table.tiers());
        String operator = caller.name();
        return idempotency.execute(idempotencyKey, OPERATOR_KEYS, "POST /v2/operations/incentive-base-rates", request,
                () -> rates.create(table, operator).map(stored -> Response.status(Response.Status.CREATED)
                        .entity(BaseRateTablesResponse.of(Months.format(Months.of(stored.table().effectiveFrom)),
                                List.of(stored))).build()));
    }
}
