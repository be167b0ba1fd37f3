package com.acmecloud.partnercenter.incentive.statements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a partner's incentive statement of a month. Version 1 is issued when billing closes the month; an
 * operator's recomputation adds the next version with its delta. Rows are never changed (the table refuses it).
 */
@Entity
@Table(name = "incentive_statement")
public class Statement {

    public static final String PERIOD_CLOSED = "PERIOD_CLOSED";
    public static final String RECOMPUTED = "RECOMPUTED";

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "month", nullable = false)
    public String month;

    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "cause", nullable = false)
    public String cause;

    @Column(name = "reason")
    public String reason;

    /** The billing.period_closed event that issued version 1, else null. */
    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(name = "program")
    public String program;

    @Column(name = "tier")
    public Integer tier;

    @Column(name = "tier_name")
    public String tierName;

    /** The month's own performance (rule 56), without adjustments. */
    @Column(name = "performance_amount", nullable = false)
    public BigDecimal performanceAmount;

    @Column(name = "total_amount", nullable = false)
    public BigDecimal totalAmount;

    @Column(name = "delta_amount", nullable = false)
    public BigDecimal deltaAmount;

    @Column(name = "currency", nullable = false)
    public String currency;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
