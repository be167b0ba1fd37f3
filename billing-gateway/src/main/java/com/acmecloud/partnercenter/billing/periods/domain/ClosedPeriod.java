package com.acmecloud.partnercenter.billing.periods.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;

/** A closed bill period and its final totals (records that were not late). */
public record ClosedPeriod(YearMonth cycle, Instant dataCompleteThrough, Instant closedAt, String closedBy,
                           long records, long customers, long partners, BigDecimal amount, BigDecimal cashAmount,
                           BigDecimal couponAmount, BigDecimal storedValueCardAmount, BigDecimal debtAmount) {

    /**
     * The month due for closing at {@code now}: the previous month (GMT+8) once its close time (day and time of the
     * following month, GMT+8) has passed; empty before that.
     */
    public static Optional<YearMonth> due(Instant now, int closeDay, LocalTime closeTime) {
        YearMonth current = BillCycles.of(now);
        Instant closeAt = current.atDay(Math.min(closeDay, current.lengthOfMonth())).atTime(closeTime)
                .atZone(BillCycles.ZONE).toInstant();
        return now.isBefore(closeAt) ? Optional.empty() : Optional.of(current.minusMonths(1));
    }
}
