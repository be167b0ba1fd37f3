package com.acmecloud.partnercenter.billing.funds.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One operator change of a partner's funds: who, when, the value before and after, why (append-only). */
@Entity
@Table(name = "funds_audit")
public class FundsAudit {

    public static final String RECHARGE = "RECHARGE";
    public static final String CREDIT_LIMIT = "CREDIT_LIMIT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "audit_id")
    public Long auditId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** {@link #RECHARGE} (values: the cash balance) or {@link #CREDIT_LIMIT} (values: the limit). */
    @Column(name = "change_type", nullable = false)
    public String changeType;

    @Column(name = "value_before", nullable = false, precision = 20, scale = 2)
    public BigDecimal valueBefore;

    @Column(name = "value_after", nullable = false, precision = 20, scale = 2)
    public BigDecimal valueAfter;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "trans_id")
    public String transId;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
