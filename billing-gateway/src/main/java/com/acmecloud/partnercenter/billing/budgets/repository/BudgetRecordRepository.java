package com.acmecloud.partnercenter.billing.budgets.repository;

import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRecord;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetType;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BudgetRecordRepository implements PanacheRepositoryBase<BudgetRecord, UUID> {

    /** The partner's records of one customer, newest first; {@code operationType} / {@code budgetType} null: any. */
    public Uni<Page<BudgetRecord>> page(String partnerId, String customerId, String operationType, BudgetType budgetType,
                                        PageRequest page) {
        StringBuilder query = new StringBuilder("partnerId = :partner and customerId = :customer");
        Parameters parameters = Parameters.with("partner", partnerId).and("customer", customerId);
        if (operationType != null) {
            query.append(" and operationType = :operation");
            parameters.and("operation", operationType);
        }
        if (budgetType != null) {
            query.append(" and budgetType = :type");
            parameters.and("type", budgetType);
        }
        String where = query.toString();
        return count(where, parameters).chain(total -> find(where + " order by operationTime desc, recordId",
                        parameters).range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
