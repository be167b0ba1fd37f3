package com.acmecloud.partnercenter.incentive.policies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a cloud service type's incentive and discount policy (rule 61). Versions are only ever added: a
 * change, or a correction of a past month, is a new version; the policy of a month is the version in force at its
 * last second (GMT+8) — the latest {@code effectiveFrom} not after it, and among equal ones the highest version.
 */
@Entity
@Table(name = "incentive_policy_version")
public class IncentivePolicyVersion {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "service_type_code", nullable = false)
    public String serviceTypeCode;

    /** 1, 2, ... per service type, in the order the versions were created. */
    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "service_type_name", nullable = false)
    public String serviceTypeName;

    /** {@link IncentivePolicy} code: 0, 1, 2 or 13. */
    @Column(name = "incentive_policy", nullable = false)
    public int incentivePolicy;

    @Column(name = "allow_discount", nullable = false)
    public boolean allowDiscount;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "reason")
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public IncentivePolicy policy() {
        return IncentivePolicy.of(incentivePolicy).orElseThrow();
    }
}
