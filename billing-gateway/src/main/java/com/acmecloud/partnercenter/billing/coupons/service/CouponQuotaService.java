package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponLimits;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponOperation;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuotaRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.QuotaStatus;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRecordRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponRecordRepository;
import com.acmecloud.partnercenter.billing.coupons.service.CouponService.Failure;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
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
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Coupon quotas: operators grant and adjust them (each change audited in the quota log and published); a distributor
 * gives part of a quota to its cloud resellers and takes back what they have not issued. Balances change only under
 * the quota's row lock; a distributor's quota is locked before its resellers' quotas.
 */
@ApplicationScoped
public class CouponQuotaService {

    private final CouponQuotaRepository quotas;
    private final CouponQuotaRecordRepository quotaRecords;
    private final CouponRecordRepository couponRecords;
    private final PartnerProjectionRepository partners;
    private final PartnerScope scope;
    private final OutboxWriter outbox;
    private final Clock clock;

    CouponQuotaService(CouponQuotaRepository quotas, CouponQuotaRecordRepository quotaRecords,
                       CouponRecordRepository couponRecords, PartnerProjectionRepository partners, PartnerScope scope,
                       OutboxWriter outbox, Clock clock) {
        this.quotas = quotas;
        this.quotaRecords = quotaRecords;
        this.couponRecords = couponRecords;
        this.partners = partners;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What an operator grants. Empty limits: coupons from the quota may be used for any service or product. */
    public record GrantQuota(String partnerId, int quotaType, BigDecimal quotaValue, BigDecimal minFaceValue,
                             BigDecimal maxFaceValue, Instant effectiveTime, Instant expireTime,
                             List<String> cloudServiceTypes, List<String> productIds, boolean firstAssociationOnly,
                             String remark) {
    }

    public record Transferred(String id, String quotaId, BigDecimal amount) {
    }

    public record TransferResult(List<Transferred> done, List<Failure> failures) {
    }

    public Uni<CouponQuota> grant(String operator, GrantQuota grant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigDecimal value = Money.positive("quota_value", grant.quotaValue());
        BigDecimal min = Money.positive("min_face_value", grant.minFaceValue());
        BigDecimal max = Money.positive("max_face_value", grant.maxFaceValue());
        if (min.compareTo(max) > 0) {
            throw Money.invalid("min_face_value", "must not be greater than max_face_value");
        }
        if (!grant.effectiveTime().isBefore(grant.expireTime())) {
            throw Money.invalid("effective_time", "must be before expire_time");
        }
        CouponLimits limits = CouponLimits.of(grant.cloudServiceTypes(), grant.productIds());
        if (limits.cloudServiceTypes().size() > CouponLimits.MAX_ENTRIES) {
            throw Money.invalid("cloud_service_types", "at most 10");
        }
        if (limits.productIds().size() > CouponLimits.MAX_ENTRIES) {
            throw Money.invalid("product_ids", "at most 10");
        }
        return partners.findById(grant.partnerId()).chain(partner -> {
            if (partner == null || !partner.registered) {
                throw new CbcException(CbcError.PARTNER_NOT_FOUND);
            }
            CouponQuota quota = new CouponQuota();
            quota.quotaId = CouponIds.quota(now);
            quota.partnerId = grant.partnerId();
            quota.quotaType = grant.quotaType();
            quota.quotaValue = value;
            quota.balance = value;
            quota.minFaceValue = min;
            quota.maxFaceValue = max;
            quota.effectiveTime = grant.effectiveTime();
            quota.expireTime = grant.expireTime();
            quota.cloudServiceTypes = CouponLimits.join(limits.cloudServiceTypes());
            quota.productIds = CouponLimits.join(limits.productIds());
            quota.firstAssociationOnly = grant.firstAssociationOnly();
            quota.createdBy = operator;
            quota.createdAt = now;
            quota.updatedAt = now;
            return quotas.persist(quota)
                    .chain(() -> quotaRecords.persist(CouponQuotaRecord.of(CouponQuotaRecord.GRANT, quota.partnerId,
                            quota, value, operator, grant.remark(), now)))
                    .chain(() -> granted(quota, operator, now))
                    .replaceWith(quota);
        });
    }

    /**
     * An operator changes a quota's value (and balance) by {@code amount} and/or its status. At most the balance can be
     * removed: what is issued from the quota stays covered (CBC.91006102).
     */
    public Uni<CouponQuota> adjust(String operator, String quotaId, BigDecimal amount, Integer status, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigDecimal change = amount == null ? null : Money.nonZero("amount", amount);
        if (change == null && status == null) {
            throw Money.invalid("amount", "amount or quota_status is required");
        }
        return quotas.lock(quotaId).chain(quota -> {
            if (quota == null) {
                throw new CbcException(CbcError.COUPON_QUOTA_NOT_FOUND);
            }
            if (change != null && quota.parentQuotaId != null) {
                throw Money.invalid("amount", "a reseller's quota is changed by its distributor "
                        + "(indirect-partner-adjust / indirect-partner-reclaim); only its status can be set here");
            }
            if (change != null && quota.balance.add(change).signum() < 0) {
                throw new CbcException(CbcError.COUPON_QUOTA_BELOW_ISSUED);
            }
            int previous = quota.quotaStatus;
            if (change != null) {
                quota.quotaValue = quota.quotaValue.add(change);
                quota.balance = quota.balance.add(change);
            }
            if (status != null) {
                quota.quotaStatus = status;
            }
            quota.updatedAt = now;
            BigDecimal recorded = change == null ? BigDecimal.ZERO.setScale(2) : change;
            return quotaRecords.persist(CouponQuotaRecord.of(CouponQuotaRecord.ADJUST, quota.partnerId, quota,
                            recorded, operator, reason, now))
                    .chain(() -> adjusted(quota, CouponQuotaRecord.ADJUST, recorded, previous, reason, operator, now))
                    .replaceWith(quota);
        });
    }

    /**
     * {@code POST /v2/partners/coupon-quotas/indirect-partner-adjust}: the distributor gives {@code amount} of its quota
     * to each reseller (rule 47 type 9), into the reseller's quota from this one (created the first time). Per
     * reseller: not linked CBC.99000037, balance used up CBC.99000013.
     */
    public Uni<TransferResult> indirectAdjust(String distributorId, String actor, String quotaId,
                                              List<String> resellerIds, BigDecimal amount) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigDecimal value = Money.positive("quota_amount", amount);
        List<String> resellers = List.copyOf(new LinkedHashSet<>(resellerIds));
        return quotas.lock(quotaId).chain(parent -> {
            if (parent == null || !parent.partnerId.equals(distributorId)) {
                throw new CbcException(CbcError.COUPON_QUOTA_NOT_FOUND);
            }
            if (!parent.usableAt(now)) {
                throw new CbcException(CbcError.COUPON_QUOTA_NOT_EFFECTIVE);
            }
            TransferResult result = new TransferResult(new ArrayList<>(), new ArrayList<>());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String resellerId : resellers) {
                chain = chain.chain(() -> scope.isResellerOf(distributorId, resellerId)).chain(linked -> {
                    if (!linked) {
                        result.failures().add(new Failure(resellerId, CbcError.INDIRECT_PARTNER_NOT_LINKED));
                        return Uni.createFrom().voidItem();
                    }
                    if (parent.balance.compareTo(value) < 0) {
                        result.failures().add(new Failure(resellerId, CbcError.COUPON_QUOTA_INSUFFICIENT));
                        return Uni.createFrom().voidItem();
                    }
                    return quotas.lockChild(parent.quotaId, resellerId)
                            .chain(child -> give(parent, child, resellerId, value, actor, now))
                            .invoke(child -> result.done().add(new Transferred(resellerId, child.quotaId, value)))
                            .replaceWithVoid();
                });
            }
            return chain.replaceWith(result);
        });
    }

    private Uni<CouponQuota> give(CouponQuota parent, CouponQuota existing, String resellerId, BigDecimal value,
                                  String actor, Instant now) {
        parent.balance = parent.balance.subtract(value);
        parent.updatedAt = now;
        CouponQuota child = existing != null ? existing : childOf(parent, resellerId, actor, now);
        int previous = child.quotaStatus;
        child.quotaValue = child.quotaValue.add(value);
        child.balance = child.balance.add(value);
        child.updatedAt = now;
        Uni<Void> saved = existing != null
                ? adjusted(child, CouponQuotaRecord.INDIRECT_ADJUST, value, previous, null, actor, now)
                : quotas.persist(child).chain(() -> granted(child, actor, now));
        return saved
                .chain(() -> quotaRecords.persist(CouponQuotaRecord.of(CouponQuotaRecord.INDIRECT_ADJUST,
                        parent.partnerId, child, value, actor, null, now)))
                .chain(() -> couponRecords.persist(CouponRecord.of(CouponOperation.RESELLER_TRANSFER,
                        parent.partnerId, parent, null, null, value, actor, "to " + resellerId, now)))
                .replaceWith(child);
    }

    /**
     * {@code POST /v2/partners/coupon-quotas/indirect-partner-reclaim}: what each reseller quota still holds returns to
     * the distributor's quota it came from. A quota that is not one the caller gave: CBC.99000012 for that quota.
     */
    public Uni<TransferResult> indirectReclaim(String distributorId, String actor, List<String> quotaIds,
                                               String remark) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TransferResult result = new TransferResult(new ArrayList<>(), new ArrayList<>());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String quotaId : List.copyOf(new LinkedHashSet<>(quotaIds))) {
            chain = chain.chain(() -> quotas.origin(quotaId)).chain(seen -> {
                if (seen == null || !distributorId.equals(seen.distributorId())) {
                    result.failures().add(new Failure(quotaId, CbcError.COUPON_QUOTA_NOT_FOUND));
                    return Uni.createFrom().voidItem();
                }
                // the distributor's quota first, then the reseller's: the order every transfer locks them in
                return quotas.lock(seen.parentQuotaId()).chain(parent -> quotas.lock(quotaId).chain(child -> {
                    BigDecimal amount = child.balance;
                    result.done().add(new Transferred(quotaId, quotaId, amount));
                    if (amount.signum() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    int previous = child.quotaStatus;
                    child.balance = BigDecimal.ZERO.setScale(2);
                    child.quotaValue = child.quotaValue.subtract(amount);
                    child.updatedAt = now;
                    parent.balance = parent.balance.add(amount);
                    parent.updatedAt = now;
                    return quotaRecords.persist(CouponQuotaRecord.of(CouponQuotaRecord.INDIRECT_RECLAIM,
                                    distributorId, child, amount.negate(), actor, remark, now))
                            .chain(() -> couponRecords.persist(CouponRecord.of(CouponOperation.RESELLER_TRANSFER,
                                    distributorId, parent, null, null, amount, actor,
                                    "from " + child.partnerId, now)))
                            .chain(() -> adjusted(child, CouponQuotaRecord.INDIRECT_RECLAIM, amount.negate(),
                                    previous, remark, actor, now));
                }));
            });
        }
        return chain.replaceWith(result);
    }

    private static CouponQuota childOf(CouponQuota parent, String resellerId, String actor, Instant now) {
        CouponQuota child = new CouponQuota();
        child.quotaId = CouponIds.quota(now);
        child.partnerId = resellerId;
        child.parentQuotaId = parent.quotaId;
        child.distributorId = parent.partnerId;
        child.quotaType = parent.quotaType;
        child.quotaValue = BigDecimal.ZERO.setScale(2);
        child.balance = BigDecimal.ZERO.setScale(2);
        child.minFaceValue = parent.minFaceValue;
        child.maxFaceValue = parent.maxFaceValue;
        child.effectiveTime = parent.effectiveTime;
        child.expireTime = parent.expireTime;
        child.cloudServiceTypes = parent.cloudServiceTypes;
        child.productIds = parent.productIds;
        child.firstAssociationOnly = parent.firstAssociationOnly;
        child.quotaStatus = QuotaStatus.NORMAL;
        child.createdBy = actor;
        child.createdAt = now;
        child.updatedAt = now;
        return child;
    }

    private Uni<Void> granted(CouponQuota quota, String by, Instant now) {
        return outbox.append(BillingEvents.COUPON_QUOTA_GRANTED, quota.partnerId, quota.quotaId,
                new BillingEvents.CouponQuotaGranted(quota.partnerId, quota.quotaId, quota.parentQuotaId,
                        quota.distributorId, quota.quotaType, quota.quotaValue, quota.balance, quota.minFaceValue,
                        quota.maxFaceValue, quota.effectiveTime, quota.expireTime, quota.firstAssociationOnly, by,
                        now)).replaceWithVoid();
    }

    private Uni<Void> adjusted(CouponQuota quota, String operation, BigDecimal amount, int previousStatus,
                               String reason, String by, Instant now) {
        return outbox.append(BillingEvents.COUPON_QUOTA_ADJUSTED, quota.partnerId, quota.quotaId,
                new BillingEvents.CouponQuotaAdjusted(quota.partnerId, quota.quotaId, operation, amount,
                        quota.quotaValue, quota.balance, quota.quotaStatus, previousStatus, reason, by, now))
                .replaceWithVoid();
    }
}
