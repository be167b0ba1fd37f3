package com.acmecloud.partnercenter.billing.budgets.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei INTL {@code ListSubCustomerBudgetReq}. */
@Schema(name = "ListSubCustomerBudgetReq")
public record QueryBudgetsRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(description = "1 to 100 customer ids", required = true)
        List<@NotBlank @Size(max = 64) String> customerIds,
        @Size(max = 64) @Schema(description = "A distributor queries this linked reseller's customers")
        String indirectPartnerId) {
}
