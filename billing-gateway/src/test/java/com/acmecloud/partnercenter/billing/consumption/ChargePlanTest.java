package com.acmecloud.partnercenter.billing.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.consumption.domain.ChargePlan;
import com.acmecloud.partnercenter.billing.periods.domain.ClosedPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargePlanTest {

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theBalanceCoversWhatItCanAndTheRestIsDebtOnTheLaterRecords() {
        ChargePlan plan = ChargePlan.of(yuan("5.00"), yuan("0.00"), yuan("0.00"),
                List.of(yuan("3.00"), yuan("4.00"), yuan("1.00")));
        assertThat(plan.covered()).isEqualByComparingTo("5.00");
        assertThat(plan.debtAdded()).isEqualByComparingTo("3.00");
        assertThat(plan.recordDebts()).containsExactly(yuan("0.00"), yuan("2.00"), yuan("1.00"));
        assertThat(plan.balanceAfter()).isEqualByComparingTo("0.00");
        assertThat(plan.debtAfter()).isEqualByComparingTo("3.00");
    }

    @Test
    void refundsClearDebtFirstAndOldDebtIsPaidBeforeNewSpending() {
        ChargePlan plan = ChargePlan.of(yuan("10.00"), yuan("6.00"), yuan("2.00"), List.of(yuan("5.00")));
        assertThat(plan.refundToDebt()).isEqualByComparingTo("2.00");
        assertThat(plan.refundToBalance()).isEqualByComparingTo("0.00");
        assertThat(plan.settledDebt()).isEqualByComparingTo("4.00");
        assertThat(plan.covered()).isEqualByComparingTo("5.00");
        assertThat(plan.deductAmount()).isEqualByComparingTo("9.00");
        assertThat(plan.balanceAfter()).isEqualByComparingTo("1.00");
        assertThat(plan.debtAfter()).isEqualByComparingTo("0.00");
    }

    @Test
    void thePreviousMonthIsDueFromItsCloseTimeInGmt8() {
        LocalTime noon = LocalTime.NOON;
        assertThat(ClosedPeriod.due(Instant.parse("2026-12-05T03:59:59Z"), 5, noon)).isEmpty();
        assertThat(ClosedPeriod.due(Instant.parse("2026-12-05T04:00:00Z"), 5, noon)).contains(YearMonth.of(2026, 11));
        assertThat(ClosedPeriod.due(Instant.parse("2026-12-31T16:30:00Z"), 5, noon)).isEmpty();
    }
}
