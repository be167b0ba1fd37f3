package com.acmecloud.partnercenter.billing.funds.repository;

import com.acmecloud.partnercenter.billing.funds.domain.FundsAudit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FundsAuditRepository implements PanacheRepositoryBase<FundsAudit, Long> {

    public Uni<List<FundsAudit>> page(String partnerId, int offset, int limit) {
        return find("partnerId", Sort.descending("changedAt").and("auditId", Sort.Direction.Descending), partnerId)
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countOf(String partnerId) {
        return count("partnerId", partnerId);
    }
}
