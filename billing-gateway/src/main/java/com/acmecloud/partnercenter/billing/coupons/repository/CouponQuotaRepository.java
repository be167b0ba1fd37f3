package com.acmecloud.partnercenter.billing.coupons.repository;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CouponQuotaRepository implements PanacheRepositoryBase<CouponQuota, String> {

    /** Quota and coupon ids are at most 40 characters: longer ones cannot exist and are not looked up. */
    public static final int MAX_ID_LENGTH = 40;

    /**
     * The quota locked until the transaction ends, or null when it does not exist. Every change of a quota's balance
     * happens under this lock, so concurrent issues and reclaims of one quota run one after the other.
     */
    public Uni<CouponQuota> lock(String quotaId) {
        if (quotaId == null || quotaId.length() > MAX_ID_LENGTH) {
            return Uni.createFrom().nullItem();
        }
        return findById(quotaId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The quota given from {@code parentQuotaId} to {@code partnerId}, locked, or null. */
    public Uni<CouponQuota> lockChild(String parentQuotaId, String partnerId) {
        return find("parentQuotaId = ?1 and partnerId = ?2", parentQuotaId, partnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Who gave a quota: its distributor and parent quota, read without loading (and so without caching) the row. */
    public Uni<Origin> origin(String quotaId) {
        if (quotaId == null || quotaId.length() > MAX_ID_LENGTH) {
            return Uni.createFrom().nullItem();
        }
        return getSession().chain(session -> session.<Object[]>createNativeQuery(
                        "SELECT distributor_id, parent_quota_id FROM coupon_quota WHERE quota_id = :id", Object[].class)
                .setParameter("id", quotaId).getResultList())
                .map(rows -> rows.isEmpty() ? null : new Origin((String) rows.get(0)[0], (String) rows.get(0)[1]));
    }

    public record Origin(String distributorId, String parentQuotaId) {
    }

    /** {@code POST /v2/partners/coupon-quotas/query}: the partner's quotas, newest first. */
    public Uni<Page<CouponQuota>> query(String partnerId, QuotaFilter filter, PageRequest page) {
        Where where = new Where().must("partnerId = :p", "partner", partnerId)
                .optional("quotaId in :p", filter.quotaIds())
                .optional("quotaStatus in :p", filter.statuses())
                .optional("quotaType = :p", filter.quotaType())
                .optional("createdAt >= :p", filter.createdBegin())
                .optional("createdAt <= :p", filter.createdEnd())
                .optional("effectiveTime >= :p", filter.effectiveBegin())
                .optional("effectiveTime <= :p", filter.effectiveEnd())
                .optional("expireTime >= :p", filter.expireBegin())
                .optional("expireTime <= :p", filter.expireEnd());
        return page(where, page);
    }

    /** {@code GET /v2/partners/issued-coupon-quotas}: quotas the distributor gave to its resellers, newest first. */
    public Uni<Page<CouponQuota>> issuedBy(String distributorId, String quotaId, String resellerId,
                                           String parentQuotaId, PageRequest page) {
        Where where = new Where().must("distributorId = :p", "distributor", distributorId)
                .optional("quotaId = :p", quotaId)
                .optional("partnerId = :p", resellerId)
                .optional("parentQuotaId = :p", parentQuotaId);
        return page(where, page);
    }

    private Uni<Page<CouponQuota>> page(Where where, PageRequest page) {
        var query = find(where.clause(),
                Sort.descending("createdAt").and("quotaId", Sort.Direction.Descending), where.parameters());
        return query.count().chain(total -> query.range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }

    public record QuotaFilter(List<String> quotaIds, List<Integer> statuses, Integer quotaType, Instant createdBegin,
                              Instant createdEnd, Instant effectiveBegin, Instant effectiveEnd, Instant expireBegin,
                              Instant expireEnd) {
    }
}
