package com.acmecloud.partnercenter.billing.coupons.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the coupon API (Huawei's models where Huawei has the operation). */
public final class Requests {

    /** Ids that may appear in limits and lists: no separators, at most 64 characters. */
    static final String LIMIT_ID = "^[A-Za-z0-9._:-]{1,64}$";

    private Requests() {
    }

    /** Huawei's {@code QueryCouponQuotasReqExt}. Times UTC yyyy-MM-dd'T'HH:mm:ss'Z'. */
    @Schema(name = "QueryCouponQuotasReqExt")
    public record QueryCouponQuotas(
            @Size(max = 100) List<@NotBlank @Size(max = 64) String> quotaIds,
            @Size(max = 4) @Schema(description = "0 normal, 3 invalid, 4 adjusting, 5 frozen")
            List<@NotNull Integer> quotaStatusList,
            @Schema(description = "0 voucher, 1 cash coupon") Integer quotaType,
            String createTimeBegin, String createTimeEnd, String effectiveTimeBegin, String effectiveTimeEnd,
            String expireTimeBegin, String expireTimeEnd,
            @Schema(description = "From 0, default 0") Integer offset,
            @Schema(description = "1 to 100, default 10") Integer limit,
            @Size(max = 64) @Schema(description = "A distributor queries this linked cloud reseller's quotas")
            String indirectPartnerId) {
    }

    /** Huawei's {@code CreatePartnerCouponsReq}. */
    @Schema(name = "CreatePartnerCouponsReq")
    public record CreatePartnerCoupons(
            @NotBlank @Size(max = 64) String quotaId,
            @NotNull @Schema(description = "1 to 100 customers, each once") List<@NotBlank @Size(max = 64) String> customerIds,
            @NotNull @Schema(description = "Yuan, > 0 with 2 decimals, within the quota's FACE_VALUE limits",
                    examples = "50.00") BigDecimal faceValue,
            @Schema(description = "When the coupons become usable (UTC); default now, within the quota's times")
            String validTime,
            @Schema(description = "When the coupons expire (UTC); default the quota's expire time") String expireTime,
            @Size(max = 100) @Schema(description = "At most 10, within the quota's (rule 43); none: the quota's")
            List<@NotNull @Pattern(regexp = LIMIT_ID) String> cloudServiceTypes,
            @Size(max = 100) @Schema(description = "At most 10, within the quota's (rule 43); none: the quota's")
            List<@NotNull @Pattern(regexp = LIMIT_ID) String> productIds,
            @Size(max = 256) String memo,
            @Size(max = 64) @Schema(description = "A distributor issues from this linked cloud reseller's quota")
            String indirectPartnerId) {
    }

    /** Huawei's {@code ReclaimPartnerCouponsReq}. */
    @Schema(name = "ReclaimPartnerCouponsReq")
    public record ReclaimPartnerCoupon(@NotBlank @Size(max = 64) String couponId,
                                       @Size(max = 64) String indirectPartnerId) {
    }

    /** Huawei's {@code AdjustCouponQuotasReq}. */
    @Schema(name = "AdjustCouponQuotasReq")
    public record AdjustCouponQuotas(
            @NotBlank @Size(max = 64) @Schema(description = "The distributor's own quota") String quotaId,
            @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> indirectPartnerIds,
            @NotNull @Schema(description = "Yuan given to each reseller, > 0 with 2 decimals") BigDecimal quotaAmount) {
    }

    /** Huawei's {@code ReclaimCouponQuotasReq}. */
    @Schema(name = "ReclaimCouponQuotasReq")
    public record ReclaimCouponQuotas(
            @NotNull @Size(min = 1, max = 100) @Schema(description = "Quotas the caller gave to its resellers")
            List<@NotBlank @Size(max = 64) String> quotaIds,
            @Size(max = 256) String remark) {
    }

    /** An operator grants a coupon quota (our path, Huawei's field names). */
    @Schema(name = "GrantCouponQuotaRequest")
    public record GrantCouponQuota(
            @NotBlank @Size(max = 64) String partnerId,
            @NotNull @Schema(description = "0 voucher, 1 cash coupon") Integer quotaType,
            @NotNull @Schema(description = "Yuan, > 0 with 2 decimals", examples = "10000.00") BigDecimal quotaValue,
            @NotNull @Schema(description = "Least face value of one coupon") BigDecimal minFaceValue,
            @NotNull @Schema(description = "Largest face value of one coupon") BigDecimal maxFaceValue,
            @NotNull @Schema(description = "UTC yyyy-MM-dd'T'HH:mm:ss'Z'") String effectiveTime,
            @NotNull @Schema(description = "UTC, after effective_time") String expireTime,
            @Size(max = 10) List<@NotNull @Pattern(regexp = LIMIT_ID) String> cloudServiceTypes,
            @Size(max = 10) List<@NotNull @Pattern(regexp = LIMIT_ID) String> productIds,
            @Schema(description = "Only customers associated for the first time may get its coupons (rule 44)")
            Boolean firstAssociationOnly,
            @Size(max = 256) String remark) {
    }

    /** An operator changes a quota: value by {@code amount} (signed), and/or its status; audited with the reason. */
    @Schema(name = "AdjustCouponQuotaRequest")
    public record AdjustCouponQuota(
            @Schema(description = "Signed yuan added to the quota's value and balance; at most the balance removed")
            BigDecimal amount,
            @Schema(description = "0 normal, 3 invalid, 4 adjusting, 5 frozen") Integer quotaStatus,
            @NotBlank @Size(max = 256) String reason) {
    }
}
