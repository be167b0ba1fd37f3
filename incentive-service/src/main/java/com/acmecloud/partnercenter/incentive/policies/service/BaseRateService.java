package com.acmecloud.partnercenter.incentive.policies.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateRules;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateTable;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateTier;
import com.acmecloud.partnercenter.incentive.policies.domain.Program;
import com.acmecloud.partnercenter.incentive.policies.repository.BaseRateRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Base incentive rates per program and performance tier, as versioned data (seed 10). */
@ApplicationScoped
public class BaseRateService {

    public record NewTable(Program program, Instant effectiveFrom, String reason, List<BaseRateRules.Tier> tiers) {
    }

    /** A table with its tiers, lowest first. */
    public record RateTable(BaseRateTable table, List<BaseRateTier> tiers) {
    }

    private final BaseRateRepository tables;
    private final Clock clock;

    BaseRateService(BaseRateRepository tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<RateTable>> inForce(YearMonth month, Program program) {
        return tables.inForceAt(Months.lastSecond(month), program).chain(found -> tables
                .tiers(found.stream().map(t -> t.id).toList())
                .map(tiers -> {
                    Map<UUID, List<BaseRateTier>> byTable = new LinkedHashMap<>();
                    tiers.forEach(t -> byTable.computeIfAbsent(t.key.tableId, k -> new ArrayList<>()).add(t));
                    return found.stream().map(t -> new RateTable(t, byTable.getOrDefault(t.id, List.of()))).toList();
                }));
    }

    /** Checks and adds a version of the program's table; the caller's transaction stores it. */
    public Uni<RateTable> create(NewTable request, String operator) {
        BaseRateRules.check(request.tiers());
        return tables.lockProgram(request.program())
                .chain(() -> tables.nextVersion(request.program()))
                .chain(next -> {
                    BaseRateTable table = new BaseRateTable();
                    table.id = UUID.randomUUID();
                    table.program = request.program();
                    table.version = next;
                    table.effectiveFrom = request.effectiveFrom();
                    table.reason = request.reason();
                    table.createdBy = operator;
                    table.createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    List<BaseRateTier> tiers = new ArrayList<>();
                    for (int i = 0; i < request.tiers().size(); i++) {
                        BaseRateRules.Tier tier = request.tiers().get(i);
                        tiers.add(BaseRateTier.of(table.id, i + 1, tier.name(), tier.minPerformance(), tier.rate()));
                    }
                    return tables.persist(table).chain(() -> tables.persistTiers(tiers))
                            .replaceWith(new RateTable(table, tiers));
                });
    }
}
