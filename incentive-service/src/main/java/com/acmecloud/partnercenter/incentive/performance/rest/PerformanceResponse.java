package com.acmecloud.partnercenter.incentive.performance.rest;

import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's performance of a month (rule 56). Amounts in yuan, 2 decimals. */
@Schema(name = "Performance")
public record PerformanceResponse(
        @Schema(example = "4f9c2d7e8a1b4c3d9e0f1a2b3c4d5e6f") String partnerId,
        @Schema(description = "YYYY-MM, GMT+8", example = "2026-11") String month,
        @Schema(description = "OPEN, or CLOSED once billing closed the month (its performance is then final; later "
                + "records are adjustments of a later month)", example = "OPEN") String periodStatus,
        @Schema(example = "CNY") String currency,
        @Schema(description = "The month's own spending that counts, all modes", example = "1500.00")
        BigDecimal performanceAmount,
        List<ModeInfo> byAssociationType,
        @Schema(description = "Late records of earlier, closed months booked into this month", example = "0.00")
        BigDecimal adjustmentAmount,
        List<AdjustmentInfo> adjustments,
        @Schema(description = "performance_amount + adjustment_amount", example = "1500.00") BigDecimal totalAmount) {

    @Schema(name = "ModePerformance")
    public record ModeInfo(
            @Schema(description = "1 referral, 2 resale: the mode at the time of spending", example = "2")
            int associationType,
            @Schema(example = "42") long records,
            @Schema(description = "consumed_amount - refunded_amount", example = "1500.00") BigDecimal performanceAmount,
            @Schema(description = "Cash and stored-value-card spending that counts", example = "1600.00")
            BigDecimal consumedAmount,
            @Schema(description = "Taken back by unsubscriptions", example = "100.00") BigDecimal refundedAmount,
            ExcludedInfo excluded) {
    }

    @Schema(name = "PerformanceExclusions", description = "What did not count, by reason (rule 56, rule 61)")
    public record ExcludedInfo(
            @Schema(description = "Huawei- and partner-issued coupons", example = "20.00") BigDecimal couponAmount,
            @Schema(description = "Of the coupons: vouchers marked as not counting", example = "5.00")
            BigDecimal nonCountingCouponAmount,
            @Schema(description = "Purchases of stored-value cards", example = "0.00")
            BigDecimal storedValueCardPurchaseAmount,
            @Schema(description = "Write-offs (bill type 2)", example = "0.00") BigDecimal writeOffAmount,
            @Schema(description = "Spending on service types whose policy is 2 (no performance)", example = "0.00")
            BigDecimal noPerformanceServiceAmount) {
    }

    @Schema(name = "PerformanceAdjustment")
    public record AdjustmentInfo(@Schema(example = "2026-10") String billCycle,
                                 @Schema(example = "1") int associationType,
                                 @Schema(example = "3") long records,
                                 @Schema(example = "12.00") BigDecimal performanceAmount) {
    }

    static PerformanceResponse of(PerformanceQuery.MonthPerformance p) {
        return new PerformanceResponse(p.partnerId(), p.month(), p.closed() ? "CLOSED" : "OPEN", "CNY",
                p.performanceAmount(),
                p.byAssociationType().stream().map(m -> new ModeInfo(m.associationType(), m.records(),
                        m.performanceAmount(), m.consumedAmount(), m.refundedAmount(), new ExcludedInfo(
                        m.excluded().couponAmount(), m.excluded().nonCountingCouponAmount(),
                        m.excluded().storedValueCardPurchaseAmount(), m.excluded().writeOffAmount(),
                        m.excluded().noPerformanceServiceAmount()))).toList(),
                p.adjustmentAmount(),
                p.adjustments().stream().map(a -> new AdjustmentInfo(a.billCycle(), a.associationType(), a.records(),
                        a.performanceAmount())).toList(),
                p.totalAmount());
    }
}
