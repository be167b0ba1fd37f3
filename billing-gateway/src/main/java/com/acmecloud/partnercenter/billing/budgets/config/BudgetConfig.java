package com.acmecloud.partnercenter.billing.budgets.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Rule 13: INTL budgets of resale customers, their alerts and billing's auto-freeze. */
@ConfigMapping(prefix = "partnercenter.budgets")
public interface BudgetConfig {

    /** Rule 13: a new resale customer is frozen (by event to customer-service) until its partner sets a budget. */
    @WithDefault("true")
    boolean freezeOnAssociation();

    /** Percentages of the budget at which billing.budget_threshold_reached is published, each once per period. */
    @WithDefault("75,90,100")
    List<Integer> alertThresholds();

    /** The {@code currency} budget answers name (amounts are the ledger's yuan with 2 decimals). */
    @WithDefault("CNY")
    String currency();
}
