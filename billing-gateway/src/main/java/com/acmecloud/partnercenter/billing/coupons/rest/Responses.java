package com.acmecloud.partnercenter.billing.coupons.rest;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponLimits;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuotaRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.PartnerCoupon;
import com.acmecloud.partnercenter.billing.coupons.service.CouponService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the coupon API, field for field Huawei's models (huaweicloud-sdk-bss). */
public final class Responses {

    private Responses() {
    }

    /** Huawei's {@code ErrorDetail} of batch answers: {@code id} is the customer, reseller or quota id. */
    @Schema(name = "ErrorDetail")
    public record ErrorDetail(String errorCode, String errorMsg, String id) {
        static List<ErrorDetail> of(List<CouponService.Failure> failures) {
            return failures.stream().map(f -> new ErrorDetail(f.error().code(), f.error().message(), f.id())).toList();
        }
    }

    @Schema(name = "ListQuotaCouponsResponse")
    public record QuotasResponse(long totalCount, List<CouponQuotaInfo> quotas) {
    }

    @Schema(name = "CouponSimpleInfo")
    public record CouponSimpleInfo(@Schema(description = "The customer id") String id, String couponId) {
    }

    /** Rule 45: HTTP 200 with the coupons issued and, per customer, why none was. */
    @Schema(name = "CreatePartnerCouponsResponse")
    public record IssueResponse(List<ErrorDetail> errorDetails, List<CouponSimpleInfo> couponInfos) {
        static IssueResponse of(CouponService.IssueResult result) {
            return new IssueResponse(ErrorDetail.of(result.failures()), result.issued().stream()
                    .map(issued -> new CouponSimpleInfo(issued.customerId(), issued.couponId())).toList());
        }
    }

    /**
     * Huawei's {@code ICouponUseLimitInfoV2}: {@code limit_key} (and {@code limit_type}) CLOUD_SERVICE_TYPE or
     * PRODUCT_ID, the limiting value in {@code value1}, where Huawei keeps it.
     */
    @Schema(name = "ICouponUseLimitInfoV2")
    public record UseLimit(String useLimitiInfoId, String limitKey, String value1, String limitType) {
        static List<UseLimit> of(PartnerCoupon coupon) {
            CouponLimits limits = coupon.limits();
            List<UseLimit> useLimits = new ArrayList<>();
            limits.cloudServiceTypes().stream().sorted().forEach(value -> useLimits.add(new UseLimit(
                    coupon.couponId + "-" + (useLimits.size() + 1), "CLOUD_SERVICE_TYPE", value,
                    "CLOUD_SERVICE_TYPE")));
            limits.productIds().stream().sorted().forEach(value -> useLimits.add(new UseLimit(
                    coupon.couponId + "-" + (useLimits.size() + 1), "PRODUCT_ID", value, "PRODUCT_ID")));
            return useLimits;
        }
    }

    /** Huawei's {@code IQueryUserPartnerCouponsResultV2} (the fields this service keeps). */
    @Schema(name = "IQueryUserPartnerCouponsResultV2")
    public record PartnerCouponInfo(
            String couponId,
            @Schema(description = "Rule 46: 1 inactive, 2 usable, 3 used, 4 expired, 5 reclaimed") int status,
            String customerId,
            @Schema(description = "1 voucher, 4 cash coupon") int couponType,
            int measureId,
            BigDecimal faceValue,
            Instant effectiveTime,
            Instant expireTime,
            List<UseLimit> useLimits,
            Instant createTime,
            BigDecimal balance,
            @Schema(description = "0: not frozen") String isFrozen) {
        static PartnerCouponInfo of(PartnerCoupon coupon, Instant now) {
            return new PartnerCouponInfo(coupon.couponId, coupon.statusAt(now), coupon.customerId, coupon.couponType,
                    1, coupon.faceValue, coupon.effectiveTime, coupon.expireTime, UseLimit.of(coupon),
                    coupon.createdAt, coupon.balance, "0");
        }
    }

    @Schema(name = "ListIssuedPartnerCouponsResponse")
    public record PartnerCouponsResponse(long totalCount, List<PartnerCouponInfo> userCoupons) {
    }

    /** Huawei's {@code CouponRecordV2} (rule 47). */
    @Schema(name = "CouponRecordV2")
    public record CouponRecordInfo(
            String id,
            @Schema(description = "Rule 47: 1 issue, 2 manual reclaim, 3 unbind reclaim, 4 expiry reclaim, "
                    + "5 unsubscribe reclaim, 6 refund-recharge revoke, 7 association reclaim, 8 mode-switch reclaim, "
                    + "9 reseller transfer") String operationType,
            String quotaId,
            int quotaType,
            String couponId,
            String customerId,
            BigDecimal operationAmount,
            Instant operationTime,
            @Schema(description = "0 success") String result,
            String remark) {
        static CouponRecordInfo of(CouponRecord record) {
            return new CouponRecordInfo(String.valueOf(record.id), String.valueOf(record.operationType),
                    record.quotaId, record.quotaType, record.couponId, record.customerId, record.operationAmount,
                    record.operationTime, String.valueOf(record.result), record.remark);
        }
    }

    @Schema(name = "ListPartnerCouponsRecordResponse")
    public record CouponRecordsResponse(long totalCount, List<CouponRecordInfo> records) {
    }

    /** Huawei's {@code IQueryUserCouponsResultV2}: a customer's coupon (the fields this service keeps). */
    @Schema(name = "IQueryUserCouponsResultV2")
    public record CustomerCouponInfo(
            String couponId,
            int status,
            String customerId,
            int couponType,
            int measureId,
            BigDecimal faceValue,
            Instant validTime,
            Instant expireTime,
            List<UseLimit> useLimits,
            Instant createTime,
            BigDecimal balance,
            String isFrozen,
            String currency,
            @Schema(description = "The partner that issued it") String sourceId) {
        static CustomerCouponInfo of(PartnerCoupon coupon, Instant now) {
            return new CustomerCouponInfo(coupon.couponId, coupon.statusAt(now), coupon.customerId, coupon.couponType,
                    1, coupon.faceValue, coupon.effectiveTime, coupon.expireTime, UseLimit.of(coupon),
                    coupon.createdAt, coupon.balance, "0", "CNY", coupon.partnerId);
        }
    }

    @Schema(name = "ListSubCustomerCouponsResponse")
    public record CustomerCouponsResponse(long count, List<CustomerCouponInfo> userCoupons) {
    }

    @Schema(name = "QuotaSimpleInfo")
    public record QuotaSimpleInfo(@Schema(description = "The reseller's partner id") String id, String quotaId) {
    }

    @Schema(name = "UpdateCouponQuotasResponse")
    public record IndirectAdjustResponse(List<ErrorDetail> errorDetails, List<QuotaSimpleInfo> simpleQuotaInfos) {
    }

    @Schema(name = "QuotaReclaim")
    public record QuotaReclaim(String quotaId, @Schema(description = "What returned to the distributor's quota")
                               BigDecimal quotaBalance) {
    }

    @Schema(name = "ReclaimCouponQuotasResponse")
    public record IndirectReclaimResponse(List<ErrorDetail> errorDetails, List<QuotaReclaim> simpleQuotaInfos) {
    }

    /** Huawei's {@code IssuedCouponQuota}: a quota the distributor gave to its reseller. */
    @Schema(name = "IssuedCouponQuota")
    public record IssuedQuotaInfo(
            String quotaId, int quotaType, Instant createTime, Instant lastUpdateTime, BigDecimal quotaValue,
            int quotaStatus, BigDecimal balance, int measureId, String currency, Instant effectiveTime,
            Instant expireTime, List<CouponQuotaInfo.QuotaLimitInfo> limitInfos, String indirectPartnerId,
            String parentQuotaId) {
        static IssuedQuotaInfo of(CouponQuota quota) {
            return new IssuedQuotaInfo(quota.quotaId, quota.quotaType, quota.createdAt, quota.updatedAt,
                    quota.quotaValue, quota.quotaStatus, quota.balance, 1, quota.currency, quota.effectiveTime,
                    quota.expireTime, CouponQuotaInfo.limitInfos(quota), quota.partnerId, quota.parentQuotaId);
        }
    }

    @Schema(name = "ListIssuedCouponQuotasResponse")
    public record IssuedQuotasResponse(long totalCount, List<IssuedQuotaInfo> quotas) {
    }

    /** Huawei's {@code QuotaRecord}: GRANT, ADJUST, INDIRECT_ADJUST or INDIRECT_RECLAIM, amount signed. */
    @Schema(name = "QuotaRecord")
    public record QuotaRecordInfo(String id, String operator, String operationType, String quotaId,
                                  String parentQuotaId, BigDecimal amount, Instant operationTime, String result,
                                  String indirectPartnerId, String remark) {
        static QuotaRecordInfo of(CouponQuotaRecord record) {
            return new QuotaRecordInfo(String.valueOf(record.id), record.operator, record.operationType,
                    record.quotaId, record.parentQuotaId, record.amount, record.operationTime,
                    String.valueOf(record.result), record.indirectPartnerId, record.remark);
        }
    }

    @Schema(name = "ListCouponQuotasRecordsResponse")
    public record QuotaRecordsResponse(long totalCount, List<QuotaRecordInfo> records) {
    }
}
