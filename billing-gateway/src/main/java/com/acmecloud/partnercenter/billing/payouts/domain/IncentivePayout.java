package com.acmecloud.partnercenter.billing.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One incentive payout from incentive.events: what billing did with it, once per payout id. */
@Entity
@Table(name = "incentive_payout")
public class IncentivePayout {

    public static final String CREDITED = "CREDITED";
    public static final String QUOTA_GRANTED = "QUOTA_GRANTED";
    public static final String PENDING_QUOTA = "PENDING_QUOTA";
    public static final String PENDING_BANK_TRANSFER = "PENDING_BANK_TRANSFER";
    /** Refused by rule 60; the only status a later request with the same payout id may change. */
    public static final String REFUSED = "REFUSED";

    @Id
    @Column(name = "payout_id")
    public String payoutId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Column(name = "method", nullable = false)
    public String method;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "trans_id")
    public String transId;

    @Column(name = "quota_id")
    public String quotaId;

    @Column(name = "statement_ref")
    public String statementRef;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean settled() {
        return !REFUSED.equals(status);
    }
}
