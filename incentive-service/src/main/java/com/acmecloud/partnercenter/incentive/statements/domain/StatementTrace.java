package com.acmecloud.partnercenter.incentive.statements.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one statement line was calculated, stored with the line as JSON and returned as it is: every input the
 * calculation used and every step, so that an auditor recomputes the amount by hand —
 * {@code amount = round(incentive_base_amount × tier.rate)}, with
 * {@code incentive_base_amount = Σ consumption[].performance_amount − Σ consumption[].no_rebate_amount} (not below 0
 * on a base line) and the tier the one {@code tier_basis.performance_amount} reaches in {@code rate_table}.
 */
@Schema(name = "StatementLineTrace")
public record StatementTrace(
        @Schema(description = "BASE or ADJUSTMENT") String kind,
        @Schema(description = "The statement's month (YYYY-MM, GMT+8)") String statementMonth,
        @Schema(description = "The month whose spending the line pays on: the statement's month, or for an "
                + "adjustment the closed month its late records belong to") String billCycle,
        @Schema(description = "The performance aggregates used, by association type (rule 56)")
        List<ModeAggregate> consumption,
        @Schema(description = "Σ consumption[].performance_amount") BigDecimal performanceAmount,
        @Schema(description = "Σ consumption[].no_rebate_amount: spending on service types whose policy is 13 "
                + "(performance, no rebate; rule 61)") BigDecimal noRebateAmount,
        @Schema(description = "performance_amount − no_rebate_amount; a base line never goes below 0")
        BigDecimal incentiveBaseAmount,
        @Schema(description = "What decided the tier: the bill cycle's own performance") TierBasis tierBasis,
        @Schema(description = "Policy versions (2 or 13) that changed how spending counted") List<PolicyRef> policies,
        @Schema(description = "The rate table version used; null when no joined program has one")
        RateTableRef rateTable,
        @Schema(description = "The tier reached and its rate; null without a rate table") TierRef tier,
        List<Condition> conditions,
        @Schema(description = "The calculation in words, e.g. 1234.50 × 0.0300 = 37.035000 → 37.04") String formula,
        @Schema(description = "incentive_base_amount × rate before rounding") BigDecimal exactAmount,
        Rounding rounding,
        @Schema(description = "The line's amount, yuan") BigDecimal amount) {

    /** One association type's aggregates; {@code excluded} is null on adjustment lines (late records only). */
    @Schema(name = "StatementTraceConsumption")
    public record ModeAggregate(int associationType, long records, BigDecimal performanceAmount,
                                BigDecimal consumedAmount, BigDecimal refundedAmount, BigDecimal noRebateAmount,
                                Excluded excluded) {
    }

    @Schema(name = "StatementTraceExcluded", description = "What did not count, by reason (rule 56, rule 61)")
    public record Excluded(BigDecimal couponAmount, BigDecimal nonCountingCouponAmount,
                           BigDecimal storedValueCardPurchaseAmount, BigDecimal writeOffAmount,
                           BigDecimal noPerformanceServiceAmount) {
    }

    @Schema(name = "StatementTraceTierBasis")
    public record TierBasis(String month, BigDecimal performanceAmount) {
    }

    @Schema(name = "StatementTracePolicy")
    public record PolicyRef(String billCycle, String serviceTypeCode, UUID policyVersionId, int version,
                            int incentivePolicy) {
    }

    @Schema(name = "StatementTraceRateTable")
    public record RateTableRef(String program, UUID tableId, int version, Instant effectiveFrom) {
    }

    @Schema(name = "StatementTraceTier")
    public record TierRef(int tier, String tierName, BigDecimal minPerformance, BigDecimal rate) {
    }

    @Schema(name = "StatementTraceCondition")
    public record Condition(String name, boolean met, String detail) {
    }

    @Schema(name = "StatementTraceRounding")
    public record Rounding(int scale, String mode) {
    }
}
