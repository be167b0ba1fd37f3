package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.coupons.config.CouponConfig;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponLimits;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponOperation;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponStatus;
import com.acmecloud.partnercenter.billing.coupons.domain.CustomerAssociations;
import com.acmecloud.partnercenter.billing.coupons.domain.PartnerCoupon;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponRecordRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CustomerAssociationsRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.PartnerCouponRepository;
import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues partner coupons from a quota (rules 42-45) and reclaims them (rule 47 types 2, 3, 4 and 8). Every change of a
 * quota's balance happens while the quota row is locked, so concurrent issues and reclaims of one quota run one after
 * the other and a quota is never overdrawn (the database's {@code coupon_quota_balance} check is the second guard).
 * Runs inside the caller's transaction ({@code IdempotentRequests#execute} or the customer.events consumer).
 */
@ApplicationScoped
public class CouponService {

    private final CouponQuotaRepository quotas;
    private final PartnerCouponRepository coupons;
    private final CouponRecordRepository records;
    private final CustomerAssociationsRepository associations;
    private final CustomerProjectionRepository customers;
    private final OutboxWriter outbox;
    private final CouponConfig config;
    private final Clock clock;

    CouponService(CouponQuotaRepository quotas, PartnerCouponRepository coupons, CouponRecordRepository records,
                  CustomerAssociationsRepository associations, CustomerProjectionRepository customers,
                  OutboxWriter outbox, CouponConfig config, Clock clock) {
        this.quotas = quotas;
        this.coupons = coupons;
        this.records = records;
        this.associations = associations;
        this.customers = customers;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** What a partner asks to issue: one face value from one quota to each customer. */
    public record IssueCoupons(String quotaId, List<String> customerIds, BigDecimal faceValue, Instant validTime,
                               Instant expireTime, List<String> cloudServiceTypes, List<String> productIds,
                               String memo) {
    }

    public record Issued(String customerId, String couponId) {
    }

    public record Failure(String id, CbcError error) {
    }

    /** Rule 45: the coupons issued and, per customer, why none was issued. */
    public record IssueResult(List<Issued> issued, List<Failure> failures) {
    }

    /**
     * Rules 42-45. What is wrong with the request as a whole (the quota, the face value, the limits, the times) fails
     * it with 400; what is wrong for one customer (itself, not the partner's, not first-time associated, the quota's
     * balance used up) is that customer's entry in {@code error_details}, and the others are issued.
     */
    public Uni<IssueResult> issue(String partnerId, String actor, IssueCoupons request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigDecimal faceValue = Money.positive("face_value", request.faceValue()); // rule 42: > 0, 2 decimals
        List<String> customerIds = distinctCustomers(request.customerIds());
        CouponLimits requested = CouponLimits.of(request.cloudServiceTypes(), request.productIds());
        // rule 43: at most 10 service types and 10 products per coupon
        if (requested.cloudServiceTypes().size() > CouponLimits.MAX_ENTRIES) {
            throw new CbcException(CbcError.COUPON_SERVICE_LIMIT_EXCEEDED);
        }
        if (requested.productIds().size() > CouponLimits.MAX_ENTRIES) {
            throw new CbcException(CbcError.COUPON_PRODUCT_LIMIT_EXCEEDED);
        }
        return quotas.lock(request.quotaId()).chain(quota -> {
            if (quota == null || !quota.partnerId.equals(partnerId)) {
                throw new CbcException(CbcError.COUPON_QUOTA_NOT_FOUND); // another partner's quota is not leaked
            }
            if (!quota.usableAt(now)) {
                throw new CbcException(CbcError.COUPON_QUOTA_NOT_EFFECTIVE); // rule 42
            }
            if (faceValue.compareTo(quota.minFaceValue) < 0) {
                throw new CbcException(CbcError.COUPON_FACE_VALUE_TOO_LOW); // rule 42
            }
            if (faceValue.compareTo(quota.maxFaceValue) > 0) {
                throw new CbcException(CbcError.COUPON_FACE_VALUE_TOO_HIGH); // rule 42
            }
            CouponLimits limits = requested.narrowedTo(quota.limits());
            if (!limits.servicesWithin(quota.limits())) {
                throw new CbcException(CbcError.COUPON_SERVICE_LIMIT_EXCEEDED); // rule 43: no wider than the quota
            }
            if (!limits.productsWithin(quota.limits())) {
                throw new CbcException(CbcError.COUPON_PRODUCT_LIMIT_EXCEEDED);
            }
            Instant effective = request.validTime() == null ? now : request.validTime();
            Instant expire = request.expireTime() == null ? quota.expireTime : request.expireTime();
            if (effective.isBefore(quota.effectiveTime) || expire.isAfter(quota.expireTime)
                    || !effective.isBefore(expire)) {
                throw Money.invalid(request.expireTime() == null ? "valid_time" : "expire_time",
                        "the coupon's valid_time and expire_time must lie within the quota's effective and expire "
                                + "time, valid_time before expire_time");
            }
            return customersById(customerIds).chain(projections -> countsById(customerIds).chain(counts -> {
                IssueResult result = new IssueResult(new ArrayList<>(), new ArrayList<>());
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (String customerId : customerIds) {
                    CbcError refusal = refusal(partnerId, quota, faceValue, customerId, projections.get(customerId),
                            counts.get(customerId));
                    if (refusal != null) {
                        result.failures().add(new Failure(customerId, refusal));
                        continue;
                    }
                    PartnerCoupon coupon = newCoupon(partnerId, actor, quota, customerId, faceValue, limits, effective,
                            expire, request.memo(), now);
                    quota.balance = quota.balance.subtract(faceValue);
                    quota.updatedAt = now;
                    result.issued().add(new Issued(customerId, coupon.couponId));
                    BigDecimal balanceAfter = quota.balance;
                    chain = chain.chain(() -> coupons.persist(coupon))
                            .chain(() -> records.persist(CouponRecord.of(CouponOperation.ISSUE, partnerId, quota,
                                    coupon.couponId, customerId, faceValue, actor, request.memo(), now)))
                            .chain(() -> outbox.append(BillingEvents.COUPON_ISSUED, partnerId, coupon.couponId,
                                    new BillingEvents.CouponIssued(partnerId, coupon.couponId, quota.quotaId,
                                            customerId, coupon.couponType, faceValue, balanceAfter, effective, expire,
                                            actor, now)))
                            .replaceWithVoid();
                }
                return chain.replaceWith(result);
            }));
        });
    }

    /** Rules 44 and 42 for one customer; null when the coupon may be issued. */
    private static CbcError refusal(String partnerId, CouponQuota quota, BigDecimal faceValue, String customerId,
                                    CustomerProjection customer, CustomerAssociations counted) {
        if (customerId.equals(partnerId)) {
            return CbcError.COUPON_TO_SELF; // rule 44
        }
        if (customer == null || !customer.isAssociatedWith(partnerId)) {
            return CbcError.NOT_YOUR_SUB_CUSTOMER; // as customer-service refuses another partner's customer
        }
        if (quota.firstAssociationOnly && (counted == null || counted.associations > 1)) {
            return CbcError.COUPON_FIRST_ASSOCIATION_ONLY; // rule 44
        }
        if (quota.balance.compareTo(faceValue) < 0) {
            return CbcError.COUPON_QUOTA_INSUFFICIENT; // rule 42, checked under the quota's row lock
        }
        return null;
    }

    /**
     * The partner reclaims one of its coupons (rule 47 type 2): the coupon's remaining balance returns to its quota.
     * Another partner's coupon is refused exactly as a coupon that does not exist.
     */
    public Uni<Void> reclaim(String partnerId, String actor, String couponId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return coupons.lock(couponId).chain(coupon -> {
            if (coupon == null || !coupon.partnerId.equals(partnerId)) {
                throw new CbcException(CbcError.COUPON_NOT_FOUND);
            }
            if (!coupon.reclaimable()) {
                throw new CbcException(CbcError.COUPON_NOT_RECLAIMABLE);
            }
            return quotas.lock(coupon.quotaId)
                    .chain(quota -> returnToQuota(coupon, quota, CouponOperation.MANUAL_RECLAIM, actor, null, now));
        });
    }

    /**
     * Reclaims every coupon {@code partnerId} issued to {@code customerId} that still holds something (rule 47 types 3
     * and 8), once per causing event: coupons are locked first (in id order), then their quotas in id order, so
     * concurrent reclaims never deadlock.
     */
    public Uni<Void> reclaimAll(String partnerId, String customerId, CouponOperation operation, String causeEventId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return coupons.reclaimable(partnerId, customerId)
                .chain(found -> returnAllToQuotas(found, operation, "system", causeEventId, now));
    }

    /**
     * Rule 47 type 4: up to {@code limit} coupons past their expire time that still hold something return it to their
     * quotas and are stored as expired (status 4). Locks as {@link #reclaimAll}: the coupons in id order, then their
     * quotas in id order.
     *
     * @return how many coupons expired
     */
    public Uni<Integer> expireDue(int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return coupons.expiredWithBalance(now, limit).chain(found -> returnAllToQuotas(found,
                CouponOperation.EXPIRY_RECLAIM, "system", null, now).replaceWith(found.size()));
    }

    private Uni<Void> returnAllToQuotas(List<PartnerCoupon> found, CouponOperation operation, String actor,
                                        String causeEventId, Instant now) {
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> quotaIds = found.stream().map(c -> c.quotaId).distinct().sorted().toList();
        Map<String, CouponQuota> locked = new TreeMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String quotaId : quotaIds) {
            chain = chain.chain(() -> quotas.lock(quotaId).invoke(quota -> locked.put(quotaId, quota)))
                    .replaceWithVoid();
        }
        for (PartnerCoupon coupon : found.stream().sorted(Comparator.comparing(c -> c.couponId)).toList()) {
            chain = chain.chain(() -> returnToQuota(coupon, locked.get(coupon.quotaId), operation, actor,
                    causeEventId, now));
        }
        return chain;
    }

    private Uni<Void> returnToQuota(PartnerCoupon coupon, CouponQuota quota, CouponOperation operation, String actor,
                                    String causeEventId, Instant now) {
        BigDecimal amount = coupon.balance;
        quota.balance = quota.balance.add(amount);
        quota.updatedAt = now;
        coupon.status = operation == CouponOperation.EXPIRY_RECLAIM ? CouponStatus.EXPIRED : CouponStatus.RECLAIMED;
        coupon.balance = BigDecimal.ZERO.setScale(2); // what it held is the quota's again: counted once
        coupon.reclaimedAt = now;
        coupon.updatedAt = now;
        CouponRecord record = CouponRecord.of(operation, coupon.partnerId, quota, coupon.couponId, coupon.customerId,
                amount, actor, null, now);
        record.causeEventId = causeEventId;
        BigDecimal balanceAfter = quota.balance;
        return records.persist(record)
                .chain(() -> outbox.append(BillingEvents.COUPON_RECLAIMED, coupon.partnerId, coupon.couponId,
                        new BillingEvents.CouponReclaimed(coupon.partnerId, coupon.couponId, quota.quotaId,
                                coupon.customerId, operation.code(), amount, balanceAfter, actor, causeEventId, now)))
                .replaceWithVoid();
    }

    private PartnerCoupon newCoupon(String partnerId, String actor, CouponQuota quota, String customerId,
                                    BigDecimal faceValue, CouponLimits limits, Instant effective, Instant expire,
                                    String memo, Instant now) {
        PartnerCoupon coupon = new PartnerCoupon();
        coupon.couponId = CouponIds.coupon(now);
        coupon.partnerId = partnerId;
        coupon.quotaId = quota.quotaId;
        coupon.customerId = customerId;
        coupon.couponType = quota.couponType();
        coupon.faceValue = faceValue;
        coupon.balance = faceValue;
        coupon.effectiveTime = effective;
        coupon.expireTime = expire;
        coupon.cloudServiceTypes = CouponLimits.join(limits.cloudServiceTypes());
        coupon.productIds = CouponLimits.join(limits.productIds());
        coupon.memo = memo;
        coupon.issuedBy = actor;
        coupon.createdAt = now;
        coupon.updatedAt = now;
        return coupon;
    }

    private List<String> distinctCustomers(List<String> customerIds) {
        if (customerIds == null || customerIds.isEmpty() || customerIds.size() > config.maxCustomersPerIssue()) {
            throw Money.invalid("customer_ids", "must name 1 to " + config.maxCustomersPerIssue() + " customers");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(customerIds);
        if (distinct.size() != customerIds.size()) {
            throw Money.invalid("customer_ids", "must not name a customer twice");
        }
        return List.copyOf(distinct);
    }

    private Uni<Map<String, CustomerProjection>> customersById(List<String> customerIds) {
        List<String> possible = customerIds.stream().filter(id -> id.length() <= 64).toList();
        if (possible.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return customers.list("customerId in ?1", possible)
                .map(rows -> rows.stream().collect(Collectors.toMap(c -> c.customerId, Function.identity())));
    }

    private Uni<Map<String, CustomerAssociations>> countsById(List<String> customerIds) {
        List<String> possible = customerIds.stream().filter(id -> id.length() <= 64).toList();
        if (possible.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return associations.list("customerId in ?1", possible)
                .map(rows -> rows.stream().collect(Collectors.toMap(c -> c.customerId, Function.identity())));
    }
}
