package com.acmecloud.partnercenter.billing.budgets.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.billing.budgets.config.BudgetConfig;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetType;
import com.acmecloud.partnercenter.billing.budgets.service.BudgetService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Huawei INTL budgets of resale customers (rule 13). */
@Path("/v2/partners/sub-customers/budget")
@Tag(name = "Budgets", description = "Resale customers' budgets, alerts and auto-freeze (Huawei INTL)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class BudgetResource {

    private static final String OWN = "Only the caller's resale customers (a distributor: its linked reseller's, "
            + "with indirect_partner_id; CBC.99000037 otherwise): another partner's customer gives CBC.99000035, a "
            + "referral customer CBC.5024. ";

    private final BudgetService budgets;
    private final BudgetConfig config;
    private final Caller caller;

    BudgetResource(BudgetService budgets, BudgetConfig config, Caller caller) {
        this.budgets = budgets;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Show a resale customer's budget",
            description = OWN + "CBC.91006300 when no budget is set. used_amount is the spending the consumption "
                    + "feature last reported.")
    @APIResponse(responseCode = "200", description = "The budget")
    @Extension(name = "x-cbc-errors", value = "CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.99000037,CBC.99000035,"
            + "CBC.5024,CBC.91006300")
    public Uni<BudgetResponse> show(@QueryParam("customer_id") String customerId,
                                    @QueryParam("indirect_partner_id") String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        requireId("customer_id", customerId, true);
        requireId("indirect_partner_id", indirectPartnerId, false);
        return budgets.show(partnerId, emptyToNull(indirectPartnerId), customerId)
                .map(view -> BudgetResponse.of(view, config.currency()));
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Set a resale customer's budget (absolute target)",
            description = OWN + "Setting the same target again changes and records nothing. cancel_partner_frozen=1 "
                    + "lifts the freeze billing asked for (on association, or when the budget was exhausted) by "
                    + "publishing billing.customer_unfreeze_requested; customer-service unfreezes. With "
                    + "frozen_operate_type 1 (default) a budget already exhausted asks for a freeze again. Answers 204.")
    @APIResponse(responseCode = "204", description = "Set")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.99000037,"
            + "CBC.99000035,CBC.5024")
    public Uni<Response> set(@Valid @NotNull SetBudgetRequest request) {
        String partnerId = caller.requirePartnerId();
        return budgets.set(partnerId, caller.name(), emptyToNull(request.indirectPartnerId()), request.toCommand())
                .replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Budgets of up to 100 resale customers",
            description = "budget_infos holds the caller's resale customers among customer_ids that have a budget; "
                    + "other ids (another partner's, referral, unknown, no budget) are left out.")
    @APIResponse(responseCode = "200", description = "The budgets found")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.99000037")
    public Uni<QueryBudgetsResponse> query(@Valid @NotNull QueryBudgetsRequest request) {
        String partnerId = caller.requirePartnerId();
        return budgets.query(partnerId, emptyToNull(request.indirectPartnerId()), request.customerIds())
                .map(views -> QueryBudgetsResponse.of(views, config.currency()));
    }

    @GET
    @Path("/records")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "A resale customer's budget history",
            description = OWN + "Newest first; operation_type SETTING or DELETE, budget_type MONTHLY or PACKAGE "
                    + "filter; offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "One page of records")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.99000037,"
            + "CBC.99000035,CBC.5024")
    public Uni<BudgetRecordsResponse> records(@QueryParam("customer_id") String customerId,
                                              @QueryParam("indirect_partner_id") String indirectPartnerId,
                                              @QueryParam("operation_type") String operationType,
                                              @QueryParam("budget_type") String budgetType,
                                              @QueryParam("offset") String offset,
                                              @QueryParam("limit") String limit) {
        String partnerId = caller.requirePartnerId();
        requireId("customer_id", customerId, true);
        requireId("indirect_partner_id", indirectPartnerId, false);
        List<ErrorDetail> problems = new ArrayList<>();
        String operation = emptyToNull(operationType);
        if (operation != null && !operation.matches("SETTING|DELETE")) {
            problems.add(ErrorDetail.of("operation_type", CbcError.PARAMETER_ERROR, "must be SETTING or DELETE"));
        }
        String type = emptyToNull(budgetType);
        if (type != null && !type.matches("MONTHLY|PACKAGE")) {
            problems.add(ErrorDetail.of("budget_type", CbcError.PARAMETER_ERROR, "must be MONTHLY or PACKAGE"));
        }
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        PageRequest page = PageRequest.parse(offset, limit);
        return budgets.records(partnerId, emptyToNull(indirectPartnerId), customerId, operation,
                        type == null ? null : BudgetType.valueOf(type), page)
                .map(records -> BudgetRecordsResponse.of(records, config.currency()));
    }

    private static void requireId(String name, String value, boolean required) {
        if ((required && (value == null || value.isEmpty())) || (value != null && value.length() > 64)) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of(name, CbcError.INVALID_PARAMETER,
                            required ? "is required, up to 64 characters" : "up to 64 characters")));
        }
    }
}
