package com.acmecloud.partnercenter.billing.budgets.rest;

import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRecord;
import com.acmecloud.partnercenter.platform.api.json.WireFormatCustomizer;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei INTL {@code ListSubCustomerBudgetRecordsResponse}. */
@Schema(name = "ListSubCustomerBudgetRecordsResponse")
public record BudgetRecordsResponse(long totalCount, int measureId, String currency, List<BudgetRecordInfo> recordList) {

    /** Huawei's {@code BudgetRecordInfo}. */
    @Schema(name = "BudgetRecordInfo")
    public record BudgetRecordInfo(BigDecimal budgetAmount, String operationType,
                                   @Schema(description = "UTC yyyy-MM-dd'T'HH:mm:ss'Z'", example = "2026-12-02T02:18:00Z")
                                   String operationTime,
                                   String operator, String budgetType) {
    }

    static BudgetRecordsResponse of(Page<BudgetRecord> page, String currency) {
        return new BudgetRecordsResponse(page.totalCount(), 1, currency, page.items().stream()
                .map(r -> new BudgetRecordInfo(r.budgetAmount, r.operationType,
                        WireFormatCustomizer.INSTANT_FORMAT.format(r.operationTime), r.operator,
                        r.budgetType.name()))
                .toList());
    }
}
