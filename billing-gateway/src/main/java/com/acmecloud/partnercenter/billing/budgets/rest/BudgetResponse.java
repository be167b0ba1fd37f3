package com.acmecloud.partnercenter.billing.budgets.rest;

import com.acmecloud.partnercenter.billing.budgets.service.BudgetService.BudgetView;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei INTL {@code ShowSubCustomerBudgetResponse}. */
@Schema(name = "ShowSubCustomerBudgetResponse")
public record BudgetResponse(
        @Schema(example = "1000.00") BigDecimal budgetAmount,
        @Schema(description = "Spending counted against the budget: this month's (GMT+8) for MONTHLY, since the "
                + "month it was set for PACKAGE; as reported by the consumption feature", example = "250.00")
        BigDecimal usedAmount,
        @Schema(description = "1: yuan") int measureId,
        String currency,
        @Schema(description = "MONTHLY or PACKAGE") String budgetType) {

    static BudgetResponse of(BudgetView view, String currency) {
        return new BudgetResponse(view.budget().budgetAmount, view.usedAmount(), 1, currency,
                view.budget().budgetType.name());
    }
}
