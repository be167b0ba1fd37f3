package com.acmecloud.partnercenter.billing.coupons.rest;

import static com.acmecloud.partnercenter.billing.coupons.rest.WireParams.blankToNull;
import static com.acmecloud.partnercenter.billing.coupons.rest.WireParams.id;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.domain.QuotaStatus;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRepository.QuotaFilter;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.ErrorDetail;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.IndirectAdjustResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.IndirectReclaimResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.QuotaReclaim;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.QuotaRecordInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.QuotaRecordsResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.QuotaSimpleInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.QuotasResponse;
import com.acmecloud.partnercenter.billing.coupons.service.CouponQueries;
import com.acmecloud.partnercenter.billing.coupons.service.CouponQuotaService;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Coupon quotas: operators grant and adjust them; partners query theirs; distributors share them with resellers. */
@Path("/v2/partners/coupon-quotas")
@Tag(name = "Coupon quotas", description = "Coupon quotas (rules 42, 46, 47), Huawei-compatible")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class CouponQuotaResource {

    /** Operators act for the platform: their Idempotency-Keys share one key space. */
    private static final String OPERATOR_KEYS = "platform-operators";
    private static final Set<Integer> QUOTA_TYPES = Set.of(CouponQuota.VOUCHER, CouponQuota.CASH);

    private final CouponQuotaService quotas;
    private final CouponQueries queries;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    CouponQuotaResource(CouponQuotaService quotas, CouponQueries queries, IdempotentRequests idempotency,
                        Caller caller) {
        this.quotas = quotas;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Grant a coupon quota to a partner (operator)",
            description = "A registered partner gets a quota of quota_type 0 voucher / 1 cash with quota_value, face "
                    + "value bounds, effective and expire time, optional service/product limits (at most 10 each) and "
                    + "first_association_only. Audited in the quota log; publishes billing.coupon_quota_granted.v1. "
                    + "Idempotency-Key supported.")
    @APIResponse(responseCode = "200", description = "The quota granted")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.99007009")
    public Uni<Response> grant(@Valid @NotNull Requests.GrantCouponQuota request,
                               @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String operator = caller.name();
        var grant = new CouponQuotaService.GrantQuota(request.partnerId(),
                WireParams.oneOf("quota_type", request.quotaType(), QUOTA_TYPES), request.quotaValue(),
                request.minFaceValue(), request.maxFaceValue(),
                WireParams.instant("effective_time", request.effectiveTime()),
                WireParams.instant("expire_time", request.expireTime()), request.cloudServiceTypes(),
                request.productIds(), Boolean.TRUE.equals(request.firstAssociationOnly()), request.remark());
        return idempotency.execute(idempotencyKey, OPERATOR_KEYS, "POST /v2/partners/coupon-quotas", request,
                () -> quotas.grant(operator, grant).map(quota -> Response.ok(CouponQuotaInfo.of(quota)).build()));
    }

    @POST
    @Path("/{quota_id}/adjust")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Adjust a coupon quota (operator)",
            description = "Adds the signed amount to the quota's value and balance (at most the balance can be "
                    + "removed, CBC.91006102) and/or sets quota_status (0 normal, 3 invalid, 4 adjusting, 5 frozen). "
                    + "A reseller's quota only changes status here. Audited with the reason; publishes "
                    + "billing.coupon_quota_adjusted.v1.")
    @APIResponse(responseCode = "200", description = "The quota after the change")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.99000012,CBC.91006102,CBC.99007009")
    public Uni<Response> adjust(@PathParam("quota_id") String quotaId,
                                @Valid @NotNull Requests.AdjustCouponQuota request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String operator = caller.name();
        Integer status = WireParams.oneOf("quota_status", request.quotaStatus(), QuotaStatus.ALL);
        return idempotency.execute(idempotencyKey, OPERATOR_KEYS,
                "POST /v2/partners/coupon-quotas/" + quotaId + "/adjust", request,
                () -> quotas.adjust(operator, quotaId, request.amount(), status, request.reason())
                        .map(quota -> Response.ok(CouponQuotaInfo.of(quota)).build()));
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the partner's coupon quotas",
            description = "Filters as Huawei's QueryCouponQuotasReqExt (quota_ids, quota_status_list, quota_type, "
                    + "create/effective/expire time ranges in UTC); newest first; offset from 0, limit 1 to 100 "
                    + "(default 10). A distributor reads a linked reseller's quotas with indirect_partner_id.")
    @APIResponse(responseCode = "200", description = "One page of quotas")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<QuotasResponse> query(@Valid @NotNull Requests.QueryCouponQuotas request) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(text(request.offset()), text(request.limit()));
        UtcRange created = UtcRange.parse("create_time_begin", request.createTimeBegin(), "create_time_end",
                request.createTimeEnd());
        UtcRange effective = UtcRange.parse("effective_time_begin", request.effectiveTimeBegin(),
                "effective_time_end", request.effectiveTimeEnd());
        UtcRange expire = UtcRange.parse("expire_time_begin", request.expireTimeBegin(), "expire_time_end",
                request.expireTimeEnd());
        List<Integer> statuses = request.quotaStatusList() == null ? List.of() : request.quotaStatusList();
        statuses.forEach(status -> WireParams.oneOf("quota_status_list", status, QuotaStatus.ALL));
        QuotaFilter filter = new QuotaFilter(request.quotaIds(), statuses,
                WireParams.oneOf("quota_type", request.quotaType(), QUOTA_TYPES), created.begin(), created.end(),
                effective.begin(), effective.end(), expire.begin(), expire.end());
        return queries.quotas(partnerId, id("indirect_partner_id", request.indirectPartnerId()), filter, page)
                .map(found -> new QuotasResponse(found.totalCount(),
                        found.items().stream().map(CouponQuotaInfo::of).toList()));
    }

    @POST
    @Path("/indirect-partner-adjust")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Give part of a coupon quota to resellers",
            description = "A distributor moves quota_amount of its quota to each linked cloud reseller (the reseller's "
                    + "quota from this one, created the first time; rule 47 type 9). HTTP 200 with "
                    + "simple_quota_infos[] and, per reseller, error_details[] (CBC.99000037 not linked, CBC.99000013 "
                    + "quota used up). Idempotency-Key supported.")
    @APIResponse(responseCode = "200", description = "Per reseller: its quota, or why not")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000012,CBC.99000017,"
            + "CBC.99000013,CBC.99000037,CBC.99007009")
    public Uni<Response> indirectAdjust(@Valid @NotNull Requests.AdjustCouponQuotas request,
                                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/coupon-quotas/indirect-partner-adjust",
                request, () -> quotas.indirectAdjust(partnerId, actor, request.quotaId(), request.indirectPartnerIds(),
                        request.quotaAmount()).map(result -> Response.ok(new IndirectAdjustResponse(
                        ErrorDetail.of(result.failures()), result.done().stream()
                        .map(done -> new QuotaSimpleInfo(done.id(), done.quotaId())).toList())).build()));
    }

    @POST
    @Path("/indirect-partner-reclaim")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Take back resellers' unissued quota",
            description = "What each reseller quota the caller gave still holds returns to the distributor's quota it "
                    + "came from (rule 47 type 9). HTTP 200 with simple_quota_infos[] (quota_balance: what returned) and "
                    + "error_details[] (CBC.99000012: not a quota the caller gave). Idempotency-Key supported.")
    @APIResponse(responseCode = "200", description = "Per quota: what returned, or why not")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000012,CBC.99007009")
    public Uni<Response> indirectReclaim(@Valid @NotNull Requests.ReclaimCouponQuotas request,
                                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        return idempotency.execute(idempotencyKey, partnerId,
                "POST /v2/partners/coupon-quotas/indirect-partner-reclaim", request,
                () -> quotas.indirectReclaim(partnerId, actor, request.quotaIds(), blankToNull(request.remark()))
                        .map(result -> Response.ok(new IndirectReclaimResponse(ErrorDetail.of(result.failures()),
                                result.done().stream().map(done -> new QuotaReclaim(done.quotaId(), done.amount()))
                                        .toList())).build()));
    }

    @GET
    @Path("/records")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The partner's quota log",
            description = "Grants and adjustments of the caller's quotas and its transfers to and reclaims from "
                    + "resellers (operation_type GRANT, ADJUST, INDIRECT_ADJUST, INDIRECT_RECLAIM); newest first.")
    @APIResponse(responseCode = "200", description = "One page of quota records")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001")
    public Uni<QuotaRecordsResponse> records(@QueryParam("indirect_partner_id") String indirectPartnerId,
                                             @QueryParam("quota_id") String quotaId,
                                             @QueryParam("operation_time_begin") String begin,
                                             @QueryParam("operation_time_end") String end,
                                             @QueryParam("parent_quota_id") String parentQuotaId,
                                             @QueryParam("operation_type") String operationType,
                                             @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        UtcRange range = UtcRange.parse("operation_time_begin", begin, "operation_time_end", end);
        return queries.quotaRecords(partnerId, id("quota_id", quotaId), id("indirect_partner_id", indirectPartnerId),
                        id("parent_quota_id", parentQuotaId), id("operation_type", operationType), range.begin(),
                        range.end(), page)
                .map(found -> new QuotaRecordsResponse(found.totalCount(),
                        found.items().stream().map(QuotaRecordInfo::of).toList()));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
