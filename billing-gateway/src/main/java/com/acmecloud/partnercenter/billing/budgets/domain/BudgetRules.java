package com.acmecloud.partnercenter.billing.budgets.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Rule 13's arithmetic: budget periods (GMT+8 months) and which alert thresholds a spending figure reached. */
public final class BudgetRules {

    /** Billing months are GMT+8 months, as Huawei's. */
    public static final ZoneId BILLING_ZONE = ZoneId.of("GMT+8");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetRules() {
    }

    public static String month(Instant instant) {
        return YearMonth.from(instant.atZone(BILLING_ZONE)).toString();
    }

    /**
     * The period each threshold is announced once in: the month of a monthly budget, {@code PACKAGE-<start>} for a
     * package budget.
     */
    public static String budgetPeriod(CustomerBudget budget, String month) {
        return budget.budgetType == BudgetType.PACKAGE ? "PACKAGE-" + budget.packageStart : month;
    }

    /** The thresholds (percent) {@code used} has reached: used &ge; budget × threshold / 100. */
    public static List<Integer> reached(BigDecimal budget, BigDecimal used, List<Integer> thresholds) {
        return thresholds.stream().sorted()
                .filter(threshold -> used.multiply(HUNDRED).compareTo(budget.multiply(BigDecimal.valueOf(threshold))) >= 0)
                .toList();
    }

    /** The budget is exhausted when spending reached it (a budget of 0 is exhausted at once). */
    public static boolean exhausted(BigDecimal budget, BigDecimal used) {
        return used.compareTo(budget) >= 0;
    }
}
