package com.acmecloud.partnercenter.billing.withdrawals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.billing.withdrawals.domain.Withdrawal;
import com.acmecloud.partnercenter.billing.withdrawals.service.WithdrawalService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Rule 41: withdrawals to the partner's bank account, approved by an operator. Our own paths in Huawei's style. */
@Path("/v2/accounts/partner-accounts/withdrawals")
@Tag(name = "Withdrawals", description = "Partner withdrawals to a bank account (rule 41)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class WithdrawalResource {

    private static final Set<String> STATUSES = Set.of(Withdrawal.PENDING, Withdrawal.APPROVED, Withdrawal.REJECTED);

    private final WithdrawalService withdrawals;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    WithdrawalResource(WithdrawalService withdrawals, IdempotentRequests idempotency, Caller caller) {
        this.withdrawals = withdrawals;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Ask to withdraw money to the partner's bank account",
            description = "Rule 41: account_name must be the partner's verified company name (the verified business "
                    + "information's contracting entity; CBC.91006313 while none is verified, CBC.91006312 when it "
                    + "differs); amount at most the cash balance (account type 1) and the allocatable amount "
                    + "(CBC.99005003). An operator approves or rejects it. Publishes billing.withdrawal_requested. "
                    + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "Requested (status PENDING)")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.91006313,"
            + "CBC.91006312,CBC.99005003,CBC.99007009")
    public Uni<Response> create(@Valid @NotNull CreateWithdrawalRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/accounts/partner-accounts/withdrawals",
                request, () -> withdrawals.request(partnerId, callerName, request.toRequest())
                        .map(withdrawal -> Response.ok(WithdrawalInfo.of(withdrawal)).build()));
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Withdrawals, newest first",
            description = "A partner sees its own; an operator sees all, or one partner's with partner_id. status "
                    + "PENDING, APPROVED or REJECTED filters; offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "One page of withdrawals")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151,CBC.5001")
    public Uni<WithdrawalsResponse> list(@QueryParam("partner_id") String partnerId,
                                         @QueryParam("status") String status,
                                         @QueryParam("offset") String offset,
                                         @QueryParam("limit") String limit) {
        String scope = caller.isOperator() ? emptyToNull(partnerId) : caller.requirePartnerId();
        String wanted = emptyToNull(status);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), List.of(
                    ErrorDetail.of("status", CbcError.PARAMETER_ERROR, "must be PENDING, APPROVED or REJECTED")));
        }
        PageRequest page = PageRequest.parse(offset, limit);
        return withdrawals.list(scope, wanted, page).map(found -> new WithdrawalsResponse(found.totalCount(),
                found.items().stream().map(WithdrawalInfo::of).toList()));
    }

    @POST
    @Path("/{withdrawal_id}/approve")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Approve a withdrawal (operator)",
            description = "Moves the money out of the suite (ledger trade type ADJUST from the partner's cash "
                    + "balance) and sets expected_arrival_date 7 working days later (rule 41). CBC.99005003 when the "
                    + "partner no longer has the money (the withdrawal stays PENDING); CBC.91006311 when it was "
                    + "already decided (of two concurrent approvals, one wins). Publishes billing.withdrawal_approved.")
    @APIResponse(responseCode = "200", description = "Approved")
    @Extension(name = "x-cbc-errors", value = "CBC.0101,CBC.0154,CBC.0151,CBC.91006310,CBC.91006311,CBC.99005003")
    public Uni<WithdrawalInfo> approve(@PathParam("withdrawal_id") String withdrawalId) {
        return withdrawals.approve(caller.name(), id(withdrawalId)).map(WithdrawalInfo::of);
    }

    @POST
    @Path("/{withdrawal_id}/reject")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Reject a withdrawal (operator)",
            description = "No money moves. CBC.91006311 when it was already decided. Publishes "
                    + "billing.withdrawal_rejected.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91006310,CBC.91006311")
    public Uni<WithdrawalInfo> reject(@PathParam("withdrawal_id") String withdrawalId,
                                      @Valid @NotNull RejectWithdrawalRequest request) {
        return withdrawals.reject(caller.name(), id(withdrawalId), request.reason().trim()).map(WithdrawalInfo::of);
    }

    /** A malformed id cannot name a withdrawal: CBC.91006310 as for an unknown one. */
    private static UUID id(String withdrawalId) {
        try {
            return UUID.fromString(withdrawalId);
        } catch (IllegalArgumentException e) {
            throw new CbcException(CbcError.WITHDRAWAL_NOT_FOUND);
        }
    }
}
