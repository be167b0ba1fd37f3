package com.acmecloud.partnercenter.billing.withdrawals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's request to withdraw money to its bank account (rule 41). The account number is never stored: only its
 * last 4 digits and a keyed hash.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Id
    @Column(name = "withdrawal_id")
    public UUID withdrawalId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Column(name = "bank_name", nullable = false)
    public String bankName;

    @Column(name = "account_name", nullable = false)
    public String accountName;

    @Column(name = "bank_account_masked", nullable = false)
    public String bankAccountMasked;

    @Column(name = "bank_account_hash", nullable = false)
    public String bankAccountHash;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "reason")
    public String reason;

    @Column(name = "trans_id")
    public String transId;

    @Column(name = "expected_arrival_date")
    public LocalDate expectedArrivalDate;
}
