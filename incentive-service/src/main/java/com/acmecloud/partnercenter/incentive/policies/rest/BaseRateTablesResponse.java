package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.policies.service.BaseRateService.RateTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The base rate tables in force in a month (or the one just stored). */
@Schema(name = "BaseRateTables")
public record BaseRateTablesResponse(@Schema(example = "2026-11") String time, int totalCount,
                                     List<BaseRateTableInfo> rateTables) {

    @Schema(name = "BaseRateTable")
    public record BaseRateTableInfo(@Schema(example = "SOLUTION_PROVIDER") String program,
                                    @Schema(example = "1") int version, Instant effectiveFrom, String reason,
                                    String createdBy, Instant createdAt, List<TierInfo> tiers) {

        static BaseRateTableInfo of(RateTable table) {
            return new BaseRateTableInfo(table.table().program.name(), table.table().version,
                    table.table().effectiveFrom, table.table().reason, table.table().createdBy,
                    table.table().createdAt, table.tiers().stream().map(t -> new TierInfo(t.key.tier, t.tierName,
                            t.minPerformance.setScale(2), t.rate.setScale(4))).toList());
        }
    }

    @Schema(name = "BaseRateTier")
    public record TierInfo(@Schema(example = "2") int tier, @Schema(example = "GOLD") String tierName,
                           @Schema(example = "100000.00") BigDecimal minPerformance,
                           @Schema(example = "0.0300") BigDecimal rate) {
    }

    static BaseRateTablesResponse of(String time, List<RateTable> tables) {
        return new BaseRateTablesResponse(time, tables.size(), tables.stream().map(BaseRateTableInfo::of).toList());
    }
}
