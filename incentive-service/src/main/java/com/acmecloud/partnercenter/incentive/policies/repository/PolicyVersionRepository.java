package com.acmecloud.partnercenter.incentive.policies.repository;

import com.acmecloud.partnercenter.incentive.core.AdvisoryLocks;
import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicyVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepositoryBase<IncentivePolicyVersion, UUID> {

    /**
     * The version of each service type in force at {@code at} (rule 61), by service type code; only
     * {@code serviceTypeCode}'s when it is given.
     */
    public Uni<List<IncentivePolicyVersion>> inForceAt(Instant at, String serviceTypeCode) {
        Sort order = Sort.by("serviceTypeCode").and("effectiveFrom", Sort.Direction.Descending)
                .and("version", Sort.Direction.Descending);
        Uni<List<IncentivePolicyVersion>> candidates = serviceTypeCode == null
                ? list("effectiveFrom <= ?1", order, at)
                : list("effectiveFrom <= ?1 and serviceTypeCode = ?2", order, at, serviceTypeCode);
        return candidates.map(rows -> {
            Map<String, IncentivePolicyVersion> first = new LinkedHashMap<>();
            rows.forEach(row -> first.putIfAbsent(row.serviceTypeCode, row));
            return new ArrayList<>(first.values());
        });
    }

    /** Every version of a service type, newest first. */
    public Uni<List<IncentivePolicyVersion>> versions(String serviceTypeCode) {
        return list("serviceTypeCode", Sort.by("version", Sort.Direction.Descending), serviceTypeCode);
    }

    /** The next version number of a service type; the caller holds {@link #lockServiceType}. */
    public Uni<Integer> nextVersion(String serviceTypeCode) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select coalesce(max(v.version), 0) from IncentivePolicyVersion v where v.serviceTypeCode = :code",
                        Integer.class).setParameter("code", serviceTypeCode).getSingleResult())
                .map(max -> max + 1);
    }

    /** Serialises the creation of a service type's versions until the transaction ends. */
    public Uni<Void> lockServiceType(String serviceTypeCode) {
        return getSession().chain(session -> AdvisoryLocks.untilCommit(session, "policy:" + serviceTypeCode));
    }
}
