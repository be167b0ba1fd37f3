package com.acmecloud.partnercenter.incentive.policies.repository;

import com.acmecloud.partnercenter.incentive.core.AdvisoryLocks;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateTable;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateTier;
import com.acmecloud.partnercenter.incentive.policies.domain.Program;
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
public class BaseRateRepository implements PanacheRepositoryBase<BaseRateTable, UUID> {

    /** The table of each program in force at {@code at}; only {@code program}'s when it is given. */
    public Uni<List<BaseRateTable>> inForceAt(Instant at, Program program) {
        Sort order = Sort.by("program").and("effectiveFrom", Sort.Direction.Descending)
                .and("version", Sort.Direction.Descending);
        Uni<List<BaseRateTable>> candidates = program == null
                ? list("effectiveFrom <= ?1", order, at)
                : list("effectiveFrom <= ?1 and program = ?2", order, at, program);
        return candidates.map(rows -> {
            Map<Program, BaseRateTable> first = new LinkedHashMap<>();
            rows.forEach(row -> first.putIfAbsent(row.program, row));
            return new ArrayList<>(first.values());
        });
    }

    /** The tiers of the tables, lowest tier first. */
    public Uni<List<BaseRateTier>> tiers(List<UUID> tableIds) {
        if (tableIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                        "from BaseRateTier t where t.key.tableId in (:ids) order by t.key.tableId, t.key.tier",
                        BaseRateTier.class)
                .setParameter("ids", tableIds)
                .getResultList());
    }

    public Uni<Void> persistTiers(List<BaseRateTier> tiers) {
        return getSession().chain(session -> session.persistAll(tiers.toArray()));
    }

    public Uni<Integer> nextVersion(Program program) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select coalesce(max(t.version), 0) from BaseRateTable t where t.program = :program",
                        Integer.class).setParameter("program", program).getSingleResult())
                .map(max -> max + 1);
    }

    public Uni<Void> lockProgram(Program program) {
        return getSession().chain(session -> AdvisoryLocks.untilCommit(session, "base-rates:" + program.name()));
    }
}
