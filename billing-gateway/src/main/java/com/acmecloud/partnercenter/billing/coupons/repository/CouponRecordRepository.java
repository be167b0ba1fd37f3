package com.acmecloud.partnercenter.billing.coupons.repository;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponRecord;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The coupon log (rule 47): appended to, never changed, queried newest first. */
@ApplicationScoped
public class CouponRecordRepository implements PanacheRepositoryBase<CouponRecord, Long> {

    public Uni<Page<CouponRecord>> query(String partnerId, RecordFilter filter, PageRequest page) {
        Where where = new Where().must("partnerId = :p", "partner", partnerId)
                .optional("operationType in :p", filter.operationTypes())
                .optional("quotaId = :p", filter.quotaId())
                .optional("quotaType = :p", filter.quotaType())
                .optional("couponId in :p", filter.couponIds())
                .optional("customerId = :p", filter.customerId())
                .optional("result = :p", filter.result())
                .optional("operationTime >= :p", filter.begin())
                .optional("operationTime <= :p", filter.end());
        var query = find(where.clause(),
                Sort.descending("operationTime").and("id", Sort.Direction.Descending), where.parameters());
        return query.count().chain(total -> query.range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }

    public record RecordFilter(List<Integer> operationTypes, String quotaId, Integer quotaType, List<String> couponIds,
                               String customerId, Integer result, Instant begin, Instant end) {
    }
}
