package com.acmecloud.partnercenter.incentive.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One consumption record as performance sees it (rule 56): which partner it counts for and in which mode (the
 * association at its consume time), how much of it counts ({@code countedAmount}, signed: an unsubscription takes
 * performance back) and what was left out. Written once per record id; never updated.
 */
@Entity
@Table(name = "performance_entry")
public class PerformanceEntry {

    /** How the partner was found. */
    public static final String BY_CONSUME_TIME = "CONSUME_TIME";
    /** The event carried only sums: the partner billing knew when it ingested them. */
    public static final String BY_INGEST_TIME = "INGEST_TIME";

    @Id
    @Column(name = "record_id")
    public String recordId;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Column(name = "batch_id", nullable = false)
    public String batchId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    /** Null: the customer was associated with no partner when it consumed (nobody's performance). */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "association_type")
    public Integer associationType;

    @Column(name = "attribution", nullable = false)
    public String attribution;

    @Column(name = "service_type_code")
    public String serviceTypeCode;

    @Column(name = "bill_type", nullable = false)
    public int billType;

    @Column(name = "consume_time")
    public Instant consumeTime;

    /** The GMT+8 month the spending happened in. */
    @Column(name = "bill_cycle", nullable = false)
    public String billCycle;

    /** The month whose performance it is part of: its bill cycle, or the open month it arrived in once closed. */
    @Column(name = "booked_period", nullable = false)
    public String bookedPeriod;

    @Column(name = "adjustment", nullable = false)
    public boolean adjustment;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Column(name = "cash_amount", nullable = false)
    public BigDecimal cashAmount;

    @Column(name = "stored_value_card_amount", nullable = false)
    public BigDecimal storedValueCardAmount;

    @Column(name = "coupon_amount", nullable = false)
    public BigDecimal couponAmount;

    @Column(name = "non_counting_coupon_amount", nullable = false)
    public BigDecimal nonCountingCouponAmount;

    @Column(name = "stored_value_card_purchase_amount", nullable = false)
    public BigDecimal storedValueCardPurchaseAmount;

    @Column(name = "counted_amount", nullable = false)
    public BigDecimal countedAmount;

    /** Why nothing of it counts (a {@link PerformanceRules.Exclusion} name), else null. */
    @Column(name = "exclusion")
    public String exclusion;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}
