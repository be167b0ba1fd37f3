package com.acmecloud.partnercenter.billing.coupons.rest;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponLimits;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Huawei's {@code CouponQuotaV2}. The quota's limits are {@code limit_infos}: {@code FACE_VALUE} (value1 min, value2
 * max face value of one coupon), {@code CLOUD_SERVICE_TYPE} and {@code PRODUCT_ID} (one value1 each; absent: no
 * limit), {@code FIRST_ASSOCIATION_ONLY} (present when only first-time-associated customers may get its coupons).
 */
@Schema(name = "CouponQuotaV2")
public record CouponQuotaInfo(
        String quotaId,
        @Schema(description = "0 voucher, 1 cash coupon") int quotaType,
        Instant createTime,
        Instant lastUpdateTime,
        BigDecimal quotaValue,
        @Schema(description = "Rule 46: 0 normal, 3 invalid, 4 adjusting (visible but unusable), 5 frozen")
        int quotaStatus,
        @Schema(description = "What coupons may still be issued from") BigDecimal balance,
        @Schema(description = "1 yuan") int measureId,
        String currency,
        Instant effectiveTime,
        Instant expireTime,
        List<QuotaLimitInfo> limitInfos) {

    @Schema(name = "QuotaLimitInfo")
    public record QuotaLimitInfo(String limitKey, List<LimitValue> limitValues) {
    }

    @Schema(name = "LimitValue")
    public record LimitValue(String value1, String value2) {
    }

    static CouponQuotaInfo of(CouponQuota quota) {
        return new CouponQuotaInfo(quota.quotaId, quota.quotaType, quota.createdAt, quota.updatedAt, quota.quotaValue,
                quota.quotaStatus, quota.balance, 1, quota.currency, quota.effectiveTime, quota.expireTime,
                limitInfos(quota));
    }

    static List<QuotaLimitInfo> limitInfos(CouponQuota quota) {
        List<QuotaLimitInfo> infos = new ArrayList<>();
        infos.add(new QuotaLimitInfo("FACE_VALUE", List.of(new LimitValue(quota.minFaceValue.toPlainString(),
                quota.maxFaceValue.toPlainString()))));
        CouponLimits limits = quota.limits();
        if (!limits.cloudServiceTypes().isEmpty()) {
            infos.add(new QuotaLimitInfo("CLOUD_SERVICE_TYPE", values(limits.cloudServiceTypes())));
        }
        if (!limits.productIds().isEmpty()) {
            infos.add(new QuotaLimitInfo("PRODUCT_ID", values(limits.productIds())));
        }
        if (quota.firstAssociationOnly) {
            infos.add(new QuotaLimitInfo("FIRST_ASSOCIATION_ONLY", List.of(new LimitValue("true", null))));
        }
        return infos;
    }

    private static List<LimitValue> values(java.util.Set<String> values) {
        return values.stream().sorted().map(value -> new LimitValue(value, null)).toList();
    }
}
