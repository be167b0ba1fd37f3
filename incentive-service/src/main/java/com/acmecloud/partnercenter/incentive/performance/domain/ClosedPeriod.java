package com.acmecloud.partnercenter.incentive.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A month billing closed ({@code billing.period_closed}): its performance is final; later records adjust later months. */
@Entity
@Table(name = "closed_period")
public class ClosedPeriod {

    @Id
    @Column(name = "period")
    public String period;

    @Column(name = "data_complete_through", nullable = false)
    public Instant dataCompleteThrough;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    /** billing's count of the month's records that were not late (all partners). */
    @Column(name = "total_records", nullable = false)
    public long totalRecords;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
