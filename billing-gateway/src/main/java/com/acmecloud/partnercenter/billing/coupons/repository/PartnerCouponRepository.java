package com.acmecloud.partnercenter.billing.coupons.repository;

import com.acmecloud.partnercenter.billing.coupons.domain.PartnerCoupon;
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
public class PartnerCouponRepository implements PanacheRepositoryBase<PartnerCoupon, String> {

    /** Rule 46: the status as the API shows it (1-5), from the stored one (2 or 5), the times and the balance. */
    private static final String STATUS = "(case when status in (4, 5) then status when balance = 0 then 3 "
            + "when expireTime <= :now then 4 when effectiveTime > :now then 1 else 2 end)";

    public Uni<PartnerCoupon> lock(String couponId) {
        if (couponId == null || couponId.length() > CouponQuotaRepository.MAX_ID_LENGTH) {
            return Uni.createFrom().nullItem();
        }
        return findById(couponId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The coupons {@code partnerId} issued to {@code customerId} that still hold something and are not reclaimed. */
    public Uni<List<PartnerCoupon>> reclaimable(String partnerId, String customerId) {
        return find("partnerId = ?1 and customerId = ?2 and status = 2 and balance > 0",
                Sort.ascending("couponId"), partnerId, customerId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The coupons {@code partnerId} issued to {@code customerId} that may still pay for something, locked in id order. */
    public Uni<List<PartnerCoupon>> spendable(String partnerId, String customerId) {
        return find("partnerId = ?1 and customerId = ?2 and status = 2 and balance > 0", Sort.ascending("couponId"),
                partnerId, customerId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Up to {@code limit} coupons past their expire time that still hold something, locked, in id order. */
    public Uni<List<PartnerCoupon>> expiredWithBalance(Instant now, int limit) {
        return find("status = 2 and balance > 0 and expireTime <= ?1", Sort.ascending("couponId"), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, limit - 1).list();
    }

    /** {@code GET /v2/promotions/benefits/partner-coupons}: the partner's coupons, newest first. */
    public Uni<Page<PartnerCoupon>> query(String partnerId, CouponFilter filter, Instant now, PageRequest page) {
        Where where = new Where().must("partnerId = :p", "partner", partnerId);
        return page(filtered(where, filter, now, false), page);
    }

    /**
     * {@code GET /v2/promotions/benefits/coupons}: a customer's coupons from every partner (or {@code sourceId}'s).
     * Rule 48: used, expired and reclaimed coupons only when they ended within the last 12 months ({@code since}).
     */
    public Uni<Page<PartnerCoupon>> ofCustomer(String customerId, String sourceId, CouponFilter filter, Instant now,
                                               Instant since, PageRequest page) {
        Where where = new Where().must("customerId = :p", "customer", customerId)
                .optional("partnerId = :p", sourceId)
                .must("(" + STATUS + " in (1, 2) or (status = 5 and reclaimedAt >= :p) "
                        + "or (status <> 5 and balance = 0 and updatedAt >= :p) "
                        + "or (status <> 5 and balance > 0 and expireTime >= :p))", "since", since);
        return page(filtered(where, filter, now, true), page);
    }

    private static Where filtered(Where where, CouponFilter filter, Instant now, boolean statusUsed) {
        if (statusUsed || filter.status() != null) {
            where.param("now", now);
        }
        where.optional("couponId = :p", filter.couponId())
                .optional("customerId = :p", filter.customerId())
                .optional("couponType = :p", filter.couponType())
                .optional(STATUS + " = :p", filter.status())
                .optional("createdAt >= :p", filter.createdBegin())
                .optional("createdAt <= :p", filter.createdEnd())
                .optional("effectiveTime >= :p", filter.effectiveBegin())
                .optional("effectiveTime <= :p", filter.effectiveEnd())
                .optional("expireTime >= :p", filter.expireBegin())
                .optional("expireTime <= :p", filter.expireEnd());
        return where;
    }

    private Uni<Page<PartnerCoupon>> page(Where where, PageRequest page) {
        var query = find(where.clause(),
                Sort.descending("createdAt").and("couponId", Sort.Direction.Descending), where.parameters());
        return query.count().chain(total -> query.range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }

    public record CouponFilter(String couponId, String customerId, Integer couponType, Integer status,
                               Instant createdBegin, Instant createdEnd, Instant effectiveBegin, Instant effectiveEnd,
                               Instant expireBegin, Instant expireEnd) {
    }
}
