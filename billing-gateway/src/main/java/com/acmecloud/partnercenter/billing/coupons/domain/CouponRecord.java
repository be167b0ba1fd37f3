package com.acmecloud.partnercenter.billing.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the coupon operation log (rule 47, Huawei CouponRecordV2). Written once, never changed. */
@Entity
@Table(name = "coupon_record")
public class CouponRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "operation_type", nullable = false)
    public int operationType;

    @Column(name = "quota_id", nullable = false)
    public String quotaId;

    @Column(name = "quota_type", nullable = false)
    public int quotaType;

    @Column(name = "coupon_id")
    public String couponId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "operation_amount", nullable = false)
    public BigDecimal operationAmount;

    @Column(name = "operation_time", nullable = false)
    public Instant operationTime;

    @Column(name = "result", nullable = false)
    public int result;

    @Column(name = "operator", nullable = false)
    public String operator;

    @Column(name = "remark")
    public String remark;

    @Column(name = "cause_event_id")
    public String causeEventId;

    public static CouponRecord of(CouponOperation operation, String partnerId, CouponQuota quota, String couponId,
                                  String customerId, BigDecimal amount, String operator, String remark,
                                  Instant now) {
        CouponRecord record = new CouponRecord();
        record.partnerId = partnerId;
        record.operationType = operation.code();
        record.quotaId = quota.quotaId;
        record.quotaType = quota.quotaType;
        record.couponId = couponId;
        record.customerId = customerId;
        record.operationAmount = amount;
        record.operationTime = now;
        record.operator = operator;
        record.remark = remark;
        return record;
    }
}
