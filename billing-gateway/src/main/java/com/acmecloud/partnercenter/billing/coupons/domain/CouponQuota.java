package com.acmecloud.partnercenter.billing.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon quota (Huawei {@code CouponQuotaV2}): granted to a partner by an operator, or given by a distributor to its
 * cloud reseller from its own quota ({@link #parentQuotaId}). Its {@link #balance} is what coupons may still be issued
 * from; it changes only while the row is locked ({@code CouponQuotaRepository#lock}).
 */
@Entity
@Table(name = "coupon_quota")
public class CouponQuota {

    public static final int VOUCHER = 0;
    public static final int CASH = 1;

    @Id
    @Column(name = "quota_id")
    public String quotaId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "parent_quota_id")
    public String parentQuotaId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "quota_type", nullable = false)
    public int quotaType;

    @Column(name = "quota_value", nullable = false)
    public BigDecimal quotaValue;

    @Column(name = "balance", nullable = false)
    public BigDecimal balance;

    @Column(name = "min_face_value", nullable = false)
    public BigDecimal minFaceValue;

    @Column(name = "max_face_value", nullable = false)
    public BigDecimal maxFaceValue;

    @Column(name = "effective_time", nullable = false)
    public Instant effectiveTime;

    @Column(name = "expire_time", nullable = false)
    public Instant expireTime;

    @Column(name = "cloud_service_types", nullable = false)
    public String cloudServiceTypes = "";

    @Column(name = "product_ids", nullable = false)
    public String productIds = "";

    @Column(name = "first_association_only", nullable = false)
    public boolean firstAssociationOnly;

    @Column(name = "quota_status", nullable = false)
    public int quotaStatus = QuotaStatus.NORMAL;

    @Column(name = "currency", nullable = false)
    public String currency = "CNY";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public CouponLimits limits() {
        return CouponLimits.of(cloudServiceTypes, productIds);
    }

    /** Rule 42 / 46: coupons may be issued only from a normal quota between its effective and expire time. */
    public boolean usableAt(Instant now) {
        return quotaStatus == QuotaStatus.NORMAL && !now.isBefore(effectiveTime) && now.isBefore(expireTime);
    }

    /** Huawei's coupon_type of the coupons issued from it: 1 voucher, 4 cash coupon. */
    public int couponType() {
        return quotaType == CASH ? 4 : 1;
    }
}
