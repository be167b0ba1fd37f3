package com.acmecloud.partnercenter.incentive.policies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a program's base incentive rates by performance tier (seed 10: the base incentive follows
 * performance). Like policies, versions are only added, and a month uses the version in force at its last second.
 * Its tiers are {@link BaseRateTier} rows.
 */
@Entity
@Table(name = "base_rate_table")
public class BaseRateTable {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "program", nullable = false)
    public Program program;

    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "reason")
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
