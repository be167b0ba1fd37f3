package com.acmecloud.partnercenter.billing.coupons.repository;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuotaRecord;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The quota log (grants, adjustments, distributor transfers): appended to, queried newest first. */
@ApplicationScoped
public class CouponQuotaRecordRepository implements PanacheRepositoryBase<CouponQuotaRecord, Long> {

    public Uni<Page<CouponQuotaRecord>> query(String partnerId, String quotaId, String resellerId,
                                              String parentQuotaId, String operationType, Instant begin, Instant end,
                                              PageRequest page) {
        Where where = new Where().must("partnerId = :p", "partner", partnerId)
                .optional("quotaId = :p", quotaId)
                .optional("indirectPartnerId = :p", resellerId)
                .optional("parentQuotaId = :p", parentQuotaId)
                .optional("operationType = :p", operationType)
                .optional("operationTime >= :p", begin)
                .optional("operationTime <= :p", end);
        var query = find(where.clause(),
                Sort.descending("operationTime").and("id", Sort.Direction.Descending), where.parameters());
        return query.count().chain(total -> query.range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
