package com.acmecloud.partnercenter.incentive.statements.rest;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.statements.service.StatementIssuer;
import com.acmecloud.partnercenter.incentive.statements.service.StatementQuery;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators read any partner's statements and recompute a closed month (a new version, never an edit). */
@Path("/v2/operations/incentives/statements/{partner_id}/{month}")
@Tag(name = "Incentive statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementOperationsResource {

    private static final String OPERATOR_KEYS = "platform-operators";

    private final StatementQuery statements;
    private final StatementIssuer issuer;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    StatementOperationsResource(StatementQuery statements, StatementIssuer issuer, IdempotentRequests idempotency,
                                Caller caller) {
        this.statements = statements;
        this.issuer = issuer;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "A partner's statement versions of a month",
            description = "Newest version first, with lines and traces; offset/limit paging.")
    @APIResponse(responseCode = "200", description = "total_count and a page of versions")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91007101")
    public Uni<StatementResponse.Statements> versions(@PathParam("partner_id") String partnerId,
                                                      @PathParam("month") String month,
                                                      @QueryParam("offset") String offset,
                                                      @QueryParam("limit") String limit) {
        String partner = partnerId(partnerId);
        String period = Months.format(Params.month("month", month));
        PageRequest page = PageRequest.parse(offset, limit);
        return statements.page(partner, period, page).map(found -> {
            if (found.totalCount() == 0) {
                throw new CbcException(CbcError.STATEMENT_NOT_FOUND);
            }
            return StatementResponse.Statements.of(found);
        });
    }

    @POST
    @Path("/recompute")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute a closed month (operator)",
            description = "Adds the next version of the partner's statement of a closed month from the data, "
                    + "policies and rates as they are now (e.g. after a policy correction), with each line's and the "
                    + "total's delta against the previous version; earlier versions stay as they are. Publishes "
                    + "incentive.statement_issued.v1. Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "The new version")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91007101,CBC.91007102,CBC.99007009")
    public Uni<Response> recompute(@PathParam("partner_id") String partnerId, @PathParam("month") String month,
                                   @Valid @NotNull RecomputeStatementRequest request,
                                   @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partner = partnerId(partnerId);
        YearMonth period = Params.month("month", month);
        String operator = caller.name();
        return idempotency.execute(idempotencyKey, OPERATOR_KEYS,
                "POST /v2/operations/incentives/statements/" + partner + "/" + Months.format(period) + "/recompute",
                request, () -> issuer.recompute(partner, period, request.reason(), operator)
                        .chain(stored -> statements.page(partner, stored.month, new PageRequest(0, 1)))
                        .map(page -> Response.status(Response.Status.CREATED)
                                .entity(StatementResponse.of(page.items().get(0))).build()));
    }

    private static String partnerId(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw Params.invalid(CbcError.PARAMETER_ERROR, "partner_id", "must be 1 to 64 characters");
        }
        return value;
    }
}
