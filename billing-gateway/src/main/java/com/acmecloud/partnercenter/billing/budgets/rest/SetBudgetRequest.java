package com.acmecloud.partnercenter.billing.budgets.rest;

import com.acmecloud.partnercenter.billing.budgets.domain.BudgetType;
import com.acmecloud.partnercenter.billing.budgets.service.BudgetService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei INTL {@code ModSubCustomerBudgetReq}. */
@Schema(name = "ModSubCustomerBudgetReq")
public record SetBudgetRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The resale customer", required = true) String customerId,
        @NotNull @DecimalMin("0") @DecimalMax("999999999999999999.99") @Digits(integer = 18, fraction = 2)
        @Schema(description = "The budget (absolute target), >= 0 with at most 2 decimals", required = true,
                example = "1000.00")
        BigDecimal budgetAmount,
        @Pattern(regexp = "^(MONTHLY|PACKAGE)$", message = "must be MONTHLY or PACKAGE")
        @Schema(description = "MONTHLY (default for a new budget) or PACKAGE") String budgetType,
        @Pattern(regexp = "^[01]$", message = "must be 0 or 1")
        @Schema(description = "1: lift billing's freeze of the customer (rule 13); 0 (default): leave it",
                example = "1")
        String cancelPartnerFrozen,
        @Min(0) @Max(1)
        @Schema(description = "1 (default): freeze automatically when the budget is exhausted; 0: never")
        Integer frozenOperateType,
        @Size(max = 64) @Schema(description = "A distributor sets the budget of this linked reseller's customer")
        String indirectPartnerId) {

    BudgetService.SetBudget toCommand() {
        return new BudgetService.SetBudget(customerId, budgetAmount,
                budgetType == null ? null : BudgetType.valueOf(budgetType), "1".equals(cancelPartnerFrozen),
                frozenOperateType);
    }
}
