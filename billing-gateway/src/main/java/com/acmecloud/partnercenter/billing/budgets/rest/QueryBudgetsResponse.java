package com.acmecloud.partnercenter.billing.budgets.rest;

import com.acmecloud.partnercenter.billing.budgets.service.BudgetService.BudgetView;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei INTL {@code ListSubCustomerBudgetResponse}. */
@Schema(name = "ListSubCustomerBudgetResponse")
public record QueryBudgetsResponse(int measureId, String currency, List<BudgetInfo> budgetInfos) {

    /** Huawei's {@code BudgetInfo}. */
    @Schema(name = "BudgetInfo")
    public record BudgetInfo(String customerId, BigDecimal budgetAmount, BigDecimal usedAmount, String budgetType) {
    }

    static QueryBudgetsResponse of(List<BudgetView> views, String currency) {
        return new QueryBudgetsResponse(1, currency, views.stream()
                .map(v -> new BudgetInfo(v.budget().customerId, v.budget().budgetAmount, v.usedAmount(),
                        v.budget().budgetType.name()))
                .toList());
    }
}
