package com.acmecloud.partnercenter.billing.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A coupon a partner issued from one of its quotas to one of its customers (Huawei IQueryUserPartnerCouponsResultV2). */
@Entity
@Table(name = "partner_coupon")
public class PartnerCoupon {

    @Id
    @Column(name = "coupon_id")
    public String couponId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "quota_id", nullable = false)
    public String quotaId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "coupon_type", nullable = false)
    public int couponType;

    @Column(name = "face_value", nullable = false)
    public BigDecimal faceValue;

    @Column(name = "balance", nullable = false)
    public BigDecimal balance;

    /** Stored status: 2 usable, 4 expired (and reclaimed) or 5 reclaimed ({@link CouponStatus#of} derives 1 and 3). */
    @Column(name = "status", nullable = false)
    public int status = CouponStatus.USABLE;

    @Column(name = "effective_time", nullable = false)
    public Instant effectiveTime;

    @Column(name = "expire_time", nullable = false)
    public Instant expireTime;

    @Column(name = "cloud_service_types", nullable = false)
    public String cloudServiceTypes = "";

    @Column(name = "product_ids", nullable = false)
    public String productIds = "";

    @Column(name = "memo")
    public String memo;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "reclaimed_at")
    public Instant reclaimedAt;

    public int statusAt(Instant now) {
        return CouponStatus.of(status, balance, effectiveTime, expireTime, now);
    }

    public CouponLimits limits() {
        return CouponLimits.of(cloudServiceTypes, productIds);
    }

    /** A coupon with something left that was not reclaimed yet can be reclaimed (even if expired or inactive). */
    public boolean reclaimable() {
        return status == CouponStatus.USABLE && balance.signum() > 0;
    }

    /** Whether consumption at {@code at} of {@code cloudServiceType} may be paid with this coupon. */
    public boolean pays(String cloudServiceType, Instant at) {
        return status == CouponStatus.USABLE && balance.signum() > 0 && !at.isBefore(effectiveTime)
                && at.isBefore(expireTime) && (cloudServiceTypes.isEmpty()
                || limits().cloudServiceTypes().contains(cloudServiceType));
    }
}
