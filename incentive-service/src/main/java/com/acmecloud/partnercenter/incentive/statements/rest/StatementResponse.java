package com.acmecloud.partnercenter.incentive.statements.rest;

import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace;
import com.acmecloud.partnercenter.incentive.statements.service.StatementQuery;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a partner's incentive statement of a month. Amounts in yuan, 2 decimals. */
@Schema(name = "IncentiveStatement")
public record StatementResponse(
        String statementId,
        @Schema(example = "4f9c2d7e8a1b4c3d9e0f1a2b3c4d5e6f") String partnerId,
        @Schema(description = "YYYY-MM, GMT+8", example = "2026-10") String month,
        @Schema(description = "1 at the month's close, then one more per recomputation", example = "1") int version,
        @Schema(description = "PERIOD_CLOSED or RECOMPUTED") String cause,
        @Schema(description = "The operator's reason for a recomputation") String reason,
        @Schema(description = "The program whose base rates applied, null if none") String program,
        Integer tier,
        String tierName,
        @Schema(description = "The month's own performance (rule 56)", example = "12000.00")
        BigDecimal performanceAmount,
        @Schema(description = "Σ lines[].amount", example = "360.00") BigDecimal totalAmount,
        @Schema(description = "total_amount − the previous version's (all of it for version 1)", example = "360.00")
        BigDecimal deltaAmount,
        @Schema(example = "CNY") String currency,
        String issuedBy,
        Instant issuedAt,
        List<LineInfo> lines) {

    @Schema(name = "IncentiveStatementLine")
    public record LineInfo(int lineNo,
                           @Schema(description = "BASE or ADJUSTMENT") String kind,
                           @Schema(description = "The month whose spending the line pays on") String billCycle,
                           BigDecimal amount,
                           @Schema(description = "The same line in the previous version, null if none")
                           BigDecimal previousAmount,
                           BigDecimal deltaAmount,
                           StatementTrace trace) {
    }

    @Schema(name = "IncentiveStatements")
    public record Statements(long totalCount, List<StatementResponse> statements) {

        static Statements of(Page<StatementQuery.Version> page) {
            return new Statements(page.totalCount(), page.items().stream().map(StatementResponse::of).toList());
        }
    }

    static StatementResponse of(StatementQuery.Version version) {
        var s = version.statement();
        return new StatementResponse(s.id.toString(), s.partnerId, s.month, s.version, s.cause, s.reason, s.program,
                s.tier, s.tierName, s.performanceAmount, s.totalAmount, s.deltaAmount, s.currency, s.issuedBy,
                s.issuedAt, version.lines().stream().map(l -> new LineInfo(l.line().lineNo, l.line().kind,
                        l.line().billCycle, l.line().amount, l.line().previousAmount, l.line().deltaAmount,
                        l.trace())).toList());
    }
}
