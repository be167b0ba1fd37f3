package com.acmecloud.partnercenter.incentive.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules.Counted;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules.Exclusion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rule 56, the calculator alone. */
class PerformanceRulesTest {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void cashAndStoredValueCardSpendingCount() {
        Counted counted = PerformanceRules.count(0, yuan("10.00"), yuan("2.50"), ZERO, true);
        assertThat(counted.amount()).isEqualByComparingTo("12.50");
        assertThat(counted.amount().scale()).isEqualTo(2);
        assertThat(counted.exclusion()).isNull();
    }

    @Test
    void anUnsubscriptionTakesBackWhatItsCashAndCardCounted() {
        assertThat(PerformanceRules.count(1, yuan("7.00"), yuan("1.00"), ZERO, true).amount())
                .isEqualByComparingTo("-8.00");
    }

    @Test
    void buyingAStoredValueCardIsNoPerformance() {
        Counted counted = PerformanceRules.count(0, yuan("500.00"), ZERO, yuan("500.00"), true);
        assertThat(counted.amount()).isEqualByComparingTo("0.00");
        assertThat(counted.exclusion()).isEqualTo(Exclusion.STORED_VALUE_CARD_PURCHASE);
    }

    @Test
    void writeOffsAndUnassociatedSpendingCountNothing() {
        assertThat(PerformanceRules.count(2, yuan("3.00"), ZERO, ZERO, true).exclusion()).isEqualTo(Exclusion.WRITE_OFF);
        Counted nobody = PerformanceRules.count(0, yuan("3.00"), ZERO, ZERO, false);
        assertThat(nobody.exclusion()).isEqualTo(Exclusion.NOT_ASSOCIATED);
        assertThat(nobody.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void couponOnlySpendingCountsZeroWithoutAnExclusionOfItsOwn() {
        Counted counted = PerformanceRules.count(0, ZERO, ZERO, ZERO, true);
        assertThat(counted.amount()).isEqualByComparingTo("0.00");
        assertThat(counted.exclusion()).isNull();
    }
}
