package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.coupons.config.CouponConfig;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuota;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponQuotaRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.CouponRecord;
import com.acmecloud.partnercenter.billing.coupons.domain.PartnerCoupon;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRecordRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponQuotaRepository.QuotaFilter;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponRecordRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.CouponRecordRepository.RecordFilter;
import com.acmecloud.partnercenter.billing.coupons.repository.PartnerCouponRepository;
import com.acmecloud.partnercenter.billing.coupons.repository.PartnerCouponRepository.CouponFilter;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The coupon API's reads. A partner sees only its own quotas, coupons and records (or with {@code indirect_partner_id}
 * those of its linked reseller, {@link PartnerScope}); another partner's id in a filter matches nothing.
 */
@ApplicationScoped
public class CouponQueries {

    private final CouponQuotaRepository quotas;
    private final PartnerCouponRepository coupons;
    private final CouponRecordRepository records;
    private final CouponQuotaRecordRepository quotaRecords;
    private final PartnerScope scope;
    private final CouponConfig config;
    private final Clock clock;

    CouponQueries(CouponQuotaRepository quotas, PartnerCouponRepository coupons, CouponRecordRepository records,
                  CouponQuotaRecordRepository quotaRecords, PartnerScope scope, CouponConfig config, Clock clock) {
        this.quotas = quotas;
        this.coupons = coupons;
        this.records = records;
        this.quotaRecords = quotaRecords;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    @WithSession
    public Uni<Page<CouponQuota>> quotas(String partnerId, String indirectPartnerId, QuotaFilter filter,
                                         PageRequest page) {
        return scope.resolve(partnerId, indirectPartnerId).chain(owner -> quotas.query(owner, filter, page));
    }

    @WithSession
    public Uni<Page<PartnerCoupon>> coupons(String partnerId, String indirectPartnerId, CouponFilter filter,
                                            boolean byOrder, PageRequest page) {
        return scope.resolve(partnerId, indirectPartnerId).chain(owner -> byOrder
                ? Uni.createFrom().item(new Page<>(0, List.of())) // no coupon is spent by an order here yet
                : coupons.query(owner, filter, clock.instant(), page));
    }

    @WithSession
    public Uni<Page<CouponRecord>> records(String partnerId, String indirectPartnerId, RecordFilter filter,
                                           PageRequest page) {
        return scope.resolve(partnerId, indirectPartnerId).chain(owner -> records.query(owner, filter, page));
    }

    /** Rule 48: a customer's coupons; used, expired and reclaimed ones only from the last 12 months. */
    @WithSession
    public Uni<Page<PartnerCoupon>> customerCoupons(String customerId, String sourceId, CouponFilter filter,
                                                    boolean byOrder, PageRequest page) {
        if (byOrder) {
            return Uni.createFrom().item(new Page<>(0, List.of()));
        }
        Instant now = clock.instant();
        Instant since = now.atOffset(ZoneOffset.UTC).minus(config.customerHistory()).toInstant();
        return coupons.ofCustomer(customerId, sourceId, filter, now, since, page);
    }

    @WithSession
    public Uni<Page<CouponQuota>> issuedQuotas(String distributorId, String quotaId, String resellerId,
                                               String parentQuotaId, PageRequest page) {
        return quotas.issuedBy(distributorId, quotaId, resellerId, parentQuotaId, page);
    }

    @WithSession
    public Uni<Page<CouponQuotaRecord>> quotaRecords(String partnerId, String quotaId, String resellerId,
                                                     String parentQuotaId, String operationType, Instant begin,
                                                     Instant end, PageRequest page) {
        return quotaRecords.query(partnerId, quotaId, resellerId, parentQuotaId, operationType, begin, end, page);
    }
}
