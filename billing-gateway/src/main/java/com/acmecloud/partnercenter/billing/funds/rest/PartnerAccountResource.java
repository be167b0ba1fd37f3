package com.acmecloud.partnercenter.billing.funds.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.billing.funds.service.CustomerFunds;
import com.acmecloud.partnercenter.billing.funds.service.CustomerFunds.Command;
import com.acmecloud.partnercenter.billing.funds.service.CustomerFunds.Direction;
import com.acmecloud.partnercenter.billing.funds.service.FundsQueries;
import com.acmecloud.partnercenter.billing.funds.service.ResellerFunds;
import com.acmecloud.partnercenter.billing.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.billing.funds.service.FundsQueries.BalanceType;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/v2/accounts/partner-accounts")
@Tag(name = "Partner accounts", description = "Partner balances, allocation to and reclaim from resale customers and "
        + "cloud resellers (Huawei-compatible)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class PartnerAccountResource {

    static final String MONEY_ERRORS = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99005003,"
            + "CBC.99007009";

    private final CustomerFunds customerFunds;
    private final ResellerFunds resellerFunds;
    private final FundsQueries queries;
    private final PartnerScopes scopes;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final Clock clock;

    PartnerAccountResource(CustomerFunds customerFunds, ResellerFunds resellerFunds, FundsQueries queries,
                           PartnerScopes scopes, IdempotentRequests idempotency, Caller caller, Clock clock) {
        this.customerFunds = customerFunds;
        this.resellerFunds = resellerFunds;
        this.queries = queries;
        this.scopes = scopes;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/adjust-amount")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Allocate funds to a resale customer (Huawei UpdateCustomerAccountAmount, mt_060005)",
            description = "Moves amount (yuan, > 0, 2 decimals) from the partner's allocatable amount (account type 8 "
                    + "= balance + credit − allocated − designated, rule 34) to the customer; more than that is "
                    + "CBC.99005003 (rule 35). With indirect_partner_id a distributor allocates the money of its linked "
                    + "cloud reseller (CBC.99000037 otherwise) and the reseller's amount is the one checked. Only the "
                    + "caller's resale customers: a referral customer is CBC.91006001 (rule 39); any other customer id "
                    + "CBC.99000035. Concurrent movements over the same accounts run one after the other (never "
                    + "CBC.99007461). Send an Idempotency-Key header or a body trans_id: a retry returns the first "
                    + "transfer_id and moves nothing. Logged as adjust record SOURCE_OPERATION_BEADJUST; publishes "
                    + "billing.funds_allocated.v1.")
    @APIResponse(responseCode = "200", description = "Allocated: the transfer id")
    @Extension(name = "x-cbc-errors", value = MONEY_ERRORS + ",CBC.99000035,CBC.99000037,CBC.91006001")
    public Uni<Response> adjustAmount(@Valid @NotNull FundsRequests.CustomerAmount request,
                                      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moveCustomerFunds(Direction.ALLOCATE, "POST /v2/accounts/partner-accounts/adjust-amount", request,
                idempotencyKey);
    }

    @POST
    @Path("/reclaim")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Reclaim funds from a resale customer (Huawei ReclaimToPartnerAccount, mt_060006)",
            description = "Returns amount (yuan, > 0, 2 decimals) of the customer's remaining allocation to the "
                    + "partner; more than the remaining allocation is CBC.99005003 (rule 36). indirect_partner_id, "
                    + "customers, concurrency and idempotency as for adjust-amount. Logged as adjust record "
                    + "SOURCE_OPERATION_BERETRIEVE; publishes billing.funds_reclaimed.v1.")
    @APIResponse(responseCode = "200", description = "Reclaimed: the trans id")
    @Extension(name = "x-cbc-errors", value = MONEY_ERRORS + ",CBC.99000035,CBC.99000037,CBC.91006001")
    public Uni<Response> reclaim(@Valid @NotNull FundsRequests.CustomerAmount request,
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moveCustomerFunds(Direction.RECLAIM, "POST /v2/accounts/partner-accounts/reclaim", request,
                idempotencyKey);
    }

    private Uni<Response> moveCustomerFunds(Direction direction, String operation, FundsRequests.CustomerAmount request,
                                            String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        String key = request.transId() != null ? request.transId() : idempotencyKey;
        Command command = new Command(partnerId, actor, request.customerId(), request.amount(),
                emptyToNull(request.indirectPartnerId()), key);
        return idempotency.execute(idempotencyKey, partnerId, operation, request, () ->
                customerFunds.move(direction, command).map(transId -> Response.ok(direction == Direction.ALLOCATE
                        ? new FundsWire.TransferId(transId) : new FundsWire.TransId(transId)).build()));
    }

    @POST
    @Path("/indirect-partner-adjust")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Allocate funds to a cloud reseller (Huawei UpdateIndirectPartnerAccount)",
            description = "A distributor moves amount from its allocatable amount (rule 34; CBC.99005003 beyond it) "
                    + "to the balance (account type 1) of a cloud reseller whose link to it is in force (CBC.99000037 "
                    + "otherwise). Trade type TRANS in both partners' account-change records; publishes "
                    + "billing.indirect_partner_funds_allocated.v1. Idempotency as for adjust-amount.")
    @APIResponse(responseCode = "200", description = "Allocated: the transfer id")
    @Extension(name = "x-cbc-errors", value = MONEY_ERRORS + ",CBC.99000037")
    public Uni<Response> indirectPartnerAdjust(@Valid @NotNull FundsRequests.IndirectPartnerAmount request,
                                               @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moveResellerFunds(true, "POST /v2/accounts/partner-accounts/indirect-partner-adjust", request,
                idempotencyKey);
    }

    @POST
    @Path("/indirect-partner-reclaim")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Reclaim funds from a cloud reseller (Huawei ReclaimIndirectPartnerAccount)",
            description = "A distributor takes amount back from its linked cloud reseller: at most the reseller's "
                    + "balance and allocatable amount (rule 36; CBC.99005003 beyond it). Publishes "
                    + "billing.indirect_partner_funds_reclaimed.v1. Idempotency as for adjust-amount.")
    @APIResponse(responseCode = "200", description = "Reclaimed: the trans id")
    @Extension(name = "x-cbc-errors", value = MONEY_ERRORS + ",CBC.99000037")
    public Uni<Response> indirectPartnerReclaim(@Valid @NotNull FundsRequests.IndirectPartnerAmount request,
                                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moveResellerFunds(false, "POST /v2/accounts/partner-accounts/indirect-partner-reclaim", request,
                idempotencyKey);
    }

    private Uni<Response> moveResellerFunds(boolean allocate, String operation,
                                            FundsRequests.IndirectPartnerAmount request, String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        String key = request.transId() != null ? request.transId() : idempotencyKey;
        return idempotency.execute(idempotencyKey, partnerId, operation, request, () ->
                resellerFunds.move(allocate, partnerId, actor, request.indirectPartnerId(), request.amount(), key)
                        .map(transId -> Response.ok(allocate ? new FundsWire.TransferId(transId)
                                : new FundsWire.TransId(transId)).build()));
    }

    @GET
    @Path("/balances")
    @RolesAllowed(Roles.PARTNER)
    @WithSession
    @Operation(summary = "The partner's balances (Huawei ListPartnerBalances)",
            description = "Account types 1 balance (recharge), 2 credit (credit_amount: the limit), 5 bonus, 7 deposit "
                    + "and 8 allocatable = balance + credit − allocated − designated (rule 34; designated_amount). "
                    + "With indirect_partner_id a distributor reads its linked cloud reseller's (CBC.99000037 "
                    + "otherwise).")
    @APIResponse(responseCode = "200", description = "The balances")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<FundsWire.PartnerBalances> balances(@QueryParam("indirect_partner_id") String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        return scopes.actingFor(partnerId, emptyToNull(indirectPartnerId))
                .chain(queries::partnerBalances).map(FundsWire.PartnerBalances::new);
    }

    @GET
    @Path("/account-change-records")
    @RolesAllowed(Roles.PARTNER)
    @WithSession
    @Operation(summary = "The partner's income and expense records (Huawei ListPartnerAccountChangeRecords, mt_060007)",
            description = "balance_type (required): BALANCE_TYPE_DEBIT — changes of the balance and of what is "
                    + "allocated, balance_after_change being the allocatable amount after (rule 34) — or "
                    + "BALANCE_TYPE_CREDIT — changes of the credit balance. trade_type: RECHARGE, DEDEUCT, REFUND, "
                    + "RFROZEN, TRANS, ADJUST, BEADJUST, BERETRIEVE, BEUNBIND, BONUSCONVERT or TRADE_MODE_TRANSFER. "
                    + "trade_time_begin / trade_time_end: days YYYY-MM-DD in GMT+8, inclusive; by default the last "
                    + "year up to today. type 1 income, 2 expense. Newest first; offset / limit (10, at most 100). "
                    + "With indirect_partner_id a distributor reads its linked cloud reseller's records.")
    @APIResponse(responseCode = "200", description = "One page of records and the total count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,"
            + "CBC.99000037")
    public Uni<FundsWire.AccountChangeRecords> accountChangeRecords(@QueryParam("balance_type") String balanceType,
                                                                    @QueryParam("trade_type") String tradeType,
                                                                    @QueryParam("trade_time_begin") String begin,
                                                                    @QueryParam("trade_time_end") String end,
                                                                    @QueryParam("offset") String offset,
                                                                    @QueryParam("limit") String limit,
                                                                    @QueryParam("indirect_partner_id")
                                                                    String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        BalanceType balance = FundsRecordsResource.balanceType(emptyToNull(balanceType));
        TradeType trade = FundsRecordsResource.tradeType(emptyToNull(tradeType));
        Instant[] range = FundsRecordsResource.dayRange(clock, emptyToNull(begin), emptyToNull(end));
        return scopes.actingFor(partnerId, emptyToNull(indirectPartnerId))
                .chain(scope -> queries.accountChangeRecords(scope, balance, trade, range[0], range[1], page));
    }

}
