package com.acmecloud.partnercenter.incentive.statements.rest;

import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace;
import com.acmecloud.partnercenter.incentive.statements.service.StatementCalculation.Calculated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What-if: the current month's statement from the data so far. Provisional: nothing is issued or stored. */
@Schema(name = "IncentiveStatementPreview")
public record StatementPreviewResponse(
        String partnerId,
        @Schema(description = "The current month, YYYY-MM, GMT+8") String month,
        @Schema(description = "Always true: a preview, not a statement; it changes as data arrives")
        boolean provisional,
        @Schema(description = "When the preview was calculated") Instant asOf,
        String program,
        Integer tier,
        String tierName,
        BigDecimal performanceAmount,
        BigDecimal totalAmount,
        @Schema(example = "CNY") String currency,
        @Schema(description = "What would change the tier: the next tier and the performance still needed to reach "
                + "it; null at the top tier or without rates") NextTierInfo nextTier,
        List<LineInfo> lines) {

    @Schema(name = "IncentiveStatementNextTier")
    public record NextTierInfo(int tier, String tierName, BigDecimal minPerformance, BigDecimal rate,
                               @Schema(description = "min_performance − performance_amount", example = "2500.00")
                               BigDecimal performanceNeeded) {
    }

    @Schema(name = "IncentiveStatementPreviewLine")
    public record LineInfo(int lineNo, String kind, String billCycle, BigDecimal amount, StatementTrace trace) {
    }

    static StatementPreviewResponse of(Calculated c, Instant asOf) {
        IncentiveCalculator.NextTier next = c.nextTier();
        List<LineInfo> lines = new ArrayList<>();
        for (IncentiveCalculator.Line line : c.lines()) {
            lines.add(new LineInfo(lines.size() + 1, line.kind(), line.billCycle(), line.amount(), line.trace()));
        }
        return new StatementPreviewResponse(c.partnerId(), c.month(), true, asOf,
                c.rates() == null ? null : c.rates().program().name(),
                c.tier() == null ? null : c.tier().tier(), c.tier() == null ? null : c.tier().tierName(),
                c.performanceAmount(), c.totalAmount(), "CNY",
                next == null ? null : new NextTierInfo(next.tier().tier(), next.tier().tierName(),
                        next.tier().minPerformance(), next.tier().rate(), next.performanceNeeded()),
                lines);
    }
}
