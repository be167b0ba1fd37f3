package com.acmecloud.partnercenter.billing.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the quota log (Huawei QuotaRecord): an operator's grant or adjustment (audit), or a distributor's
 * transfer to or reclaim from its reseller. {@code amount} is signed: how the quota's value or balance changed.
 */
@Entity
@Table(name = "coupon_quota_record")
public class CouponQuotaRecord {

    public static final String GRANT = "GRANT";
    public static final String ADJUST = "ADJUST";
    public static final String INDIRECT_ADJUST = "INDIRECT_ADJUST";
    public static final String INDIRECT_RECLAIM = "INDIRECT_RECLAIM";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "operation_type", nullable = false)
    public String operationType;

    @Column(name = "quota_id", nullable = false)
    public String quotaId;

    @Column(name = "parent_quota_id")
    public String parentQuotaId;

    @Column(name = "indirect_partner_id")
    public String indirectPartnerId;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Column(name = "quota_status", nullable = false)
    public int quotaStatus;

    @Column(name = "operator", nullable = false)
    public String operator;

    @Column(name = "operation_time", nullable = false)
    public Instant operationTime;

    @Column(name = "result", nullable = false)
    public int result;

    @Column(name = "remark")
    public String remark;

    public static CouponQuotaRecord of(String operationType, String partnerId, CouponQuota quota,
                                       BigDecimal amount, String operator, String remark, Instant now) {
        CouponQuotaRecord record = new CouponQuotaRecord();
        record.operationType = operationType;
        record.partnerId = partnerId;
        record.quotaId = quota.quotaId;
        record.parentQuotaId = quota.parentQuotaId;
        record.indirectPartnerId = quota.distributorId == null ? null : quota.partnerId;
        record.amount = amount;
        record.quotaStatus = quota.quotaStatus;
        record.operator = operator;
        record.remark = remark;
        record.operationTime = now;
        return record;
    }
}
