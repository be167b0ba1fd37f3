package com.acmecloud.partnercenter.incentive.policies.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicyVersion;
import com.acmecloud.partnercenter.incentive.policies.repository.PolicyVersionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Incentive and discount policies per cloud service type (rule 61), versioned: operators only add versions, so the
 * answer for a past month never changes unless a correcting version is added on purpose (and is then on record).
 */
@ApplicationScoped
public class PolicyService {

    public record NewVersion(String serviceTypeCode, String serviceTypeName, int incentivePolicy,
                             boolean allowDiscount, Instant effectiveFrom, String reason) {
    }

    private final PolicyVersionRepository versions;
    private final Clock clock;

    PolicyService(PolicyVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Rule 61: each service type's version in force at the month's last second (GMT+8). */
    @WithSession
    public Uni<List<IncentivePolicyVersion>> inForce(YearMonth month, String serviceTypeCode) {
        return versions.inForceAt(Months.lastSecond(month), serviceTypeCode);
    }

    /** Adds a version; the caller's transaction stores it. */
    public Uni<IncentivePolicyVersion> create(NewVersion request, String operator) {
        return versions.lockServiceType(request.serviceTypeCode())
                .chain(() -> versions.nextVersion(request.serviceTypeCode()))
                .chain(next -> {
                    IncentivePolicyVersion row = new IncentivePolicyVersion();
                    row.id = UUID.randomUUID();
                    row.serviceTypeCode = request.serviceTypeCode();
                    row.version = next;
                    row.serviceTypeName = request.serviceTypeName();
                    row.incentivePolicy = request.incentivePolicy();
                    row.allowDiscount = request.allowDiscount();
                    row.effectiveFrom = request.effectiveFrom();
                    row.reason = request.reason();
                    row.createdBy = operator;
                    row.createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    return versions.persist(row);
                });
    }

    @WithSession
    public Uni<List<IncentivePolicyVersion>> versions(String serviceTypeCode) {
        return versions.versions(serviceTypeCode);
    }
}
