package com.acmecloud.partnercenter.billing.funds.rest;

import com.acmecloud.partnercenter.billing.funds.repository.FundsAuditRepository;
import com.acmecloud.partnercenter.billing.funds.service.PartnerFunding;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Platform operators put money into partners' accounts; every change is audited. */
@Path("/v2/operations/partners/{partner_id}")
@Tag(name = "Partner funding (operators)", description = "Recharges and credit limits of partners, with their audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class FundsOperationsResource {

    @Schema(name = "FundsChange", description = "An audited change of a partner's funds")
    public record FundsChange(String partnerId, @Schema(example = "RECHARGE") String changeType, String transId,
                              @Schema(description = "Cash balance or credit limit before") BigDecimal valueBefore,
                              @Schema(description = "... and after") BigDecimal valueAfter,
                              @Schema(description = "Account type 8 after") BigDecimal allocatableAfter,
                              String reason, String changedBy, Instant changedAt) {

        static FundsChange of(PartnerFunding.Change change) {
            return new FundsChange(change.partnerId(), change.changeType(), change.transId(), change.valueBefore(),
                    change.valueAfter(), change.allocatableAfter(), change.reason(), change.changedBy(),
                    change.changedAt());
        }
    }

    @Schema(name = "FundsAuditResponse")
    public record FundsAudits(long totalCount, List<FundsChange> audits) {
    }

    private final PartnerFunding funding;
    private final FundsAuditRepository audits;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    FundsOperationsResource(PartnerFunding funding, FundsAuditRepository audits, IdempotentRequests idempotency,
                            Caller caller) {
        this.funding = funding;
        this.audits = audits;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/recharges")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Recharge a partner's account (operators)",
            description = "Money enters the suite: amount (yuan, > 0, 2 decimals) is added to the partner's balance "
                    + "(account type 1, trade type RECHARGE) and its allocatable amount. Audited (who, when, balance "
                    + "before and after, reason); publishes billing.partner_account_recharged.v1. Only partners "
                    + "billing knows (CBC.91001001). Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "Recharged")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001001,CBC.99007009")
    public Uni<Response> recharge(@PathParam("partner_id") String partnerId,
                                  @Valid @NotNull FundsRequests.Recharge request,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String operator = caller.name();
        return idempotency.execute(idempotencyKey, scopeOf(partnerId), "POST /v2/operations/partners/{id}/recharges",
                request, () -> funding.recharge(partnerId, request.amount(), request.reason(), operator)
                        .map(change -> Response.ok(FundsChange.of(change)).build()));
    }

    @PUT
    @Path("/credit-limit")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Set a partner's credit limit (operators)",
            description = "The credit balance (account type 2) moves by the difference (trade type ADJUST). Lowering "
                    + "it below what the partner has allocated or used is CBC.99005003 (rule 34). Audited; publishes "
                    + "billing.partner_credit_changed.v1. Only partners billing knows (CBC.91001001).")
    @APIResponse(responseCode = "200", description = "Set")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001001,CBC.99005003,"
            + "CBC.99007009")
    public Uni<Response> setCreditLimit(@PathParam("partner_id") String partnerId,
                                        @Valid @NotNull FundsRequests.CreditLimit request,
                                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String operator = caller.name();
        return idempotency.execute(idempotencyKey, scopeOf(partnerId), "PUT /v2/operations/partners/{id}/credit-limit",
                request, () -> funding.setCreditLimit(partnerId, request.creditLimit(), request.reason(), operator)
                        .map(change -> Response.ok(FundsChange.of(change)).build()));
    }

    @GET
    @Path("/funds-audits")
    @RolesAllowed(Roles.OPERATOR)
    @WithSession
    @Operation(summary = "The audit of a partner's recharges and credit-limit changes (operators)",
            description = "Newest first; offset / limit (10, at most 100).")
    @APIResponse(responseCode = "200", description = "One page and the total count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0154,CBC.0151")
    public Uni<FundsAudits> audits(@PathParam("partner_id") String partnerId, @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return audits.countOf(partnerId).chain(total -> audits.page(partnerId, page.offset(), page.limit())
                .map(rows -> new FundsAudits(total, rows.stream().map(row -> new FundsChange(row.partnerId,
                        row.changeType, row.transId, row.valueBefore, row.valueAfter, null, row.reason,
                        row.changedBy, row.changedAt)).toList())));
    }

    /** Idempotency keys of operator calls are kept per target partner (ids longer than a partner id cannot exist). */
    private static String scopeOf(String partnerId) {
        return partnerId.length() > 64 ? partnerId.substring(0, 64) : partnerId;
    }
}
