package com.acmecloud.partnercenter.billing.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One signed change of one account within a {@link LedgerTransaction}; the entries of a transaction add up to 0. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "entry_id")
    public Long entryId;

    @Column(name = "trans_id", nullable = false)
    public String transId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "amount", nullable = false, precision = 20, scale = 2)
    public BigDecimal amount;

    @Column(name = "balance_before", nullable = false, precision = 20, scale = 2)
    public BigDecimal balanceBefore;

    @Column(name = "balance_after", nullable = false, precision = 20, scale = 2)
    public BigDecimal balanceAfter;

    /** For an entry on a partner account: the partner's allocatable amount after the movement (rule 34); else null. */
    @Column(name = "partner_allocatable_after", precision = 20, scale = 2)
    public BigDecimal partnerAllocatableAfter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
