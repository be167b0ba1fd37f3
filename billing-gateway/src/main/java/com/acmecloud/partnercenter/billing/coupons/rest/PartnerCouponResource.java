package com.acmecloud.partnercenter.billing.coupons.rest;

import static com.acmecloud.partnercenter.billing.coupons.rest.WireParams.blankToNull;
import static com.acmecloud.partnercenter.billing.coupons.rest.WireParams.id;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponRecordRepository.RecordFilter;
import com.acmecloud.partnercenter.billing.coupons.repository.PartnerCouponRepository.CouponFilter;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.CouponRecordInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.CouponRecordsResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.CustomerCouponInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.CustomerCouponsResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.IssueResponse;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.PartnerCouponInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.PartnerCouponsResponse;
import com.acmecloud.partnercenter.billing.coupons.service.CouponQueries;
import com.acmecloud.partnercenter.billing.coupons.service.CouponService;
import com.acmecloud.partnercenter.billing.coupons.service.PartnerScope;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
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

/** Partner coupons: issue from a quota, reclaim, list, the operation log, and a customer's own coupons. */
@Path("/v2/promotions/benefits")
@Tag(name = "Partner coupons", description = "Partner coupons (rules 42-48), Huawei-compatible")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class PartnerCouponResource {

    private static final Set<Integer> COUPON_TYPES = Set.of(1, 2, 3, 4);
    private static final Set<Integer> STATUSES = Set.of(1, 2, 3, 4, 5);
    private static final Set<Integer> OPERATION_TYPES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static final Set<Integer> RESULTS = Set.of(0, -1);
    private static final Set<Integer> QUOTA_TYPES = Set.of(CouponQuota.VOUCHER, CouponQuota.CASH);

    private final CouponService coupons;
    private final CouponQueries queries;
    private final PartnerScope scope;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    PartnerCouponResource(CouponService coupons, CouponQueries queries, PartnerScope scope,
                          IdempotentRequests idempotency, Caller caller) {
        this.coupons = coupons;
        this.queries = queries;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/partner-coupons")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Issue coupons to customers (batch)",
            description = "One coupon of face_value from quota_id to each of customer_ids. The request fails as a "
                    + "whole for its quota (CBC.99000012, CBC.99000017), face value (CBC.0100, CBC.99000018/19) and "
                    + "limits (CBC.99000023/24). Rule 45: HTTP 200 with coupon_infos[] and, per customer, "
                    + "error_details[] (CBC.99000025 itself, CBC.99000035 not the partner's customer, CBC.99000022 "
                    + "not first-time associated, CBC.99000013 quota used up). Publishes billing.coupon_issued.v1. "
                    + "Idempotency-Key supported.")
    @APIResponse(responseCode = "200", description = "Coupons issued and per-customer failures")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000037,CBC.99000012,"
            + "CBC.99000017,CBC.99000018,CBC.99000019,CBC.99000023,CBC.99000024,CBC.99000025,CBC.99000035,"
            + "CBC.99000022,CBC.99000013,CBC.99007009")
    public Uni<Response> issue(@Valid @NotNull Requests.CreatePartnerCoupons request,
                               @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        var issue = new CouponService.IssueCoupons(request.quotaId(), request.customerIds(), request.faceValue(),
                WireParams.instant("valid_time", request.validTime()),
                WireParams.instant("expire_time", request.expireTime()), request.cloudServiceTypes(),
                request.productIds(), blankToNull(request.memo()));
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/promotions/benefits/partner-coupons", request,
                () -> scope.resolve(partnerId, blankToNull(request.indirectPartnerId()))
                        .chain(owner -> coupons.issue(owner, actor, issue))
                        .map(result -> Response.ok(IssueResponse.of(result)).build()));
    }

    @POST
    @Path("/partner-coupons/reclaim")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Reclaim a coupon",
            description = "The coupon's remaining balance returns to its quota (rule 47 type 2); HTTP 204. Another "
                    + "partner's coupon is CBC.91006100 like one that does not exist; a coupon already reclaimed or "
                    + "used up is CBC.91006101. Publishes billing.coupon_reclaimed.v1. Idempotency-Key supported.")
    @APIResponse(responseCode = "204", description = "Reclaimed")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000037,CBC.91006100,"
            + "CBC.91006101,CBC.99007009")
    public Uni<Response> reclaim(@Valid @NotNull Requests.ReclaimPartnerCoupon request,
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String actor = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/promotions/benefits/partner-coupons/reclaim",
                request, () -> scope.resolve(partnerId, blankToNull(request.indirectPartnerId()))
                        .chain(owner -> coupons.reclaim(owner, actor, request.couponId()))
                        .replaceWith(() -> Response.noContent().build()));
    }

    @GET
    @Path("/partner-coupons")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The coupons the partner issued",
            description = "Filters coupon_id, customer_id, order_id, coupon_type (1-4), status (rule 46: 1 inactive, "
                    + "2 usable, 3 used, 4 expired, 5 reclaimed), create/effective/expire time ranges (UTC); newest "
                    + "first; offset/limit. indirect_partner_id: a linked reseller's coupons.")
    @APIResponse(responseCode = "200", description = "One page of coupons")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<PartnerCouponsResponse> list(@QueryParam("coupon_id") String couponId,
                                            @QueryParam("customer_id") String customerId,
                                            @QueryParam("order_id") String orderId,
                                            @QueryParam("coupon_type") String couponType,
                                            @QueryParam("status") String status,
                                            @QueryParam("create_time_begin") String createBegin,
                                            @QueryParam("create_time_end") String createEnd,
                                            @QueryParam("effective_time_begin") String effectiveBegin,
                                            @QueryParam("effective_time_end") String effectiveEnd,
                                            @QueryParam("expire_time_begin") String expireBegin,
                                            @QueryParam("expire_time_end") String expireEnd,
                                            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                            @QueryParam("indirect_partner_id") String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        UtcRange created = UtcRange.parse("create_time_begin", createBegin, "create_time_end", createEnd);
        UtcRange effective = UtcRange.parse("effective_time_begin", effectiveBegin, "effective_time_end", effectiveEnd);
        UtcRange expire = UtcRange.parse("expire_time_begin", expireBegin, "expire_time_end", expireEnd);
        CouponFilter filter = new CouponFilter(id("coupon_id", couponId), id("customer_id", customerId),
                WireParams.oneOf("coupon_type", couponType, COUPON_TYPES), WireParams.oneOf("status", status, STATUSES),
                created.begin(), created.end(), effective.begin(), effective.end(), expire.begin(), expire.end());
        return queries.coupons(partnerId, id("indirect_partner_id", indirectPartnerId), filter,
                        id("order_id", orderId) != null, page)
                .map(found -> new PartnerCouponsResponse(found.totalCount(), found.items().stream()
                        .map(coupon -> PartnerCouponInfo.of(coupon, queries.now())).toList()));
    }

    @GET
    @Path("/partner-coupons/records/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The partner's coupon operation log",
            description = "Rule 47: operation_types (repeated or comma-separated: 1 issue, 2 manual reclaim, 3 unbind "
                    + "reclaim, 4 expiry reclaim, 5 unsubscribe reclaim, 6 refund-recharge revoke, 7 association "
                    + "reclaim, 8 mode-switch reclaim, 9 reseller transfer), quota_id, quota_type, coupon_ids, "
                    + "customer_id, operation time range (UTC), result 0|-1; newest first; offset/limit.")
    @APIResponse(responseCode = "200", description = "One page of records")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<CouponRecordsResponse> records(@QueryParam("operation_types") List<String> operationTypes,
                                              @QueryParam("quota_id") String quotaId,
                                              @QueryParam("quota_type") String quotaType,
                                              @QueryParam("coupon_ids") List<String> couponIds,
                                              @QueryParam("customer_id") String customerId,
                                              @QueryParam("operation_time_begin") String begin,
                                              @QueryParam("operation_time_end") String end,
                                              @QueryParam("result") String result,
                                              @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                              @QueryParam("indirect_partner_id") String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        UtcRange range = UtcRange.parse("operation_time_begin", begin, "operation_time_end", end);
        List<String> coupons = couponIds == null ? List.of() : couponIds.stream()
                .flatMap(each -> java.util.Arrays.stream(each.split(","))).map(String::trim)
                .filter(each -> !each.isEmpty()).toList();
        if (coupons.size() > PageRequest.MAX_LIMIT) {
            throw WireParams.invalid("coupon_ids", "at most " + PageRequest.MAX_LIMIT);
        }
        RecordFilter filter = new RecordFilter(WireParams.allOf("operation_types", operationTypes, OPERATION_TYPES),
                id("quota_id", quotaId), WireParams.oneOf("quota_type", quotaType, QUOTA_TYPES), coupons,
                id("customer_id", customerId), WireParams.oneOf("result", result, RESULTS), range.begin(),
                range.end());
        return queries.records(partnerId, id("indirect_partner_id", indirectPartnerId), filter, page)
                .map(found -> new CouponRecordsResponse(found.totalCount(),
                        found.items().stream().map(CouponRecordInfo::of).toList()));
    }

    @GET
    @Path("/coupons")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My coupons (customer)",
            description = "The caller's coupons from its partners (source_id: one partner's). Rule 48: used, expired "
                    + "and reclaimed coupons only from the last 12 months. Filters coupon_id, order_id, coupon_type, "
                    + "status, active_start_time/active_end_time (effective time, UTC); offset/limit.")
    @APIResponse(responseCode = "200", description = "One page of coupons")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91005002")
    public Uni<CustomerCouponsResponse> customerCoupons(@QueryParam("coupon_id") String couponId,
                                                        @QueryParam("order_id") String orderId,
                                                        @QueryParam("promotion_plan_id") String promotionPlanId,
                                                        @QueryParam("coupon_type") String couponType,
                                                        @QueryParam("status") String status,
                                                        @QueryParam("active_start_time") String activeStart,
                                                        @QueryParam("active_end_time") String activeEnd,
                                                        @QueryParam("offset") String offset,
                                                        @QueryParam("limit") String limit,
                                                        @QueryParam("source_id") String sourceId,
                                                        @QueryParam("indirect_partner_id") String indirectPartnerId) {
        String customerId = caller.customerId().orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
        PageRequest page = PageRequest.parse(offset, limit);
        UtcRange active = UtcRange.parse("active_start_time", activeStart, "active_end_time", activeEnd);
        CouponFilter filter = new CouponFilter(id("coupon_id", couponId), null,
                WireParams.oneOf("coupon_type", couponType, COUPON_TYPES), WireParams.oneOf("status", status, STATUSES),
                null, null, active.begin(), active.end(), null, null);
        String source = id("source_id", sourceId);
        boolean none = id("order_id", orderId) != null || id("promotion_plan_id", promotionPlanId) != null;
        String reseller = id("indirect_partner_id", indirectPartnerId);
        return queries.customerCoupons(customerId, reseller != null ? reseller : source, filter, none, page)
                .map(found -> new CustomerCouponsResponse(found.totalCount(), found.items().stream()
                        .map(coupon -> CustomerCouponInfo.of(coupon, queries.now())).toList()));
    }
}
