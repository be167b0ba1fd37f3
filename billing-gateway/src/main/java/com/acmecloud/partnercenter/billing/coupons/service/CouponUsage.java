package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.coupons.domain.PartnerCoupon;
import com.acmecloud.partnercenter.billing.coupons.repository.PartnerCouponRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Consumption paid with partner coupons draws their balances down, so that a coupon shows what is left and becomes
 * used (rule 46 status 3) once nothing is. The rating system says how much of each record partner coupons paid
 * ({@code partner_coupon_amount}); each record draws from the customer's coupons of the partner it is associated with
 * that pay for its cloud service type at its consume time, the one expiring first first. Records name no product, so
 * a coupon's product limits are not checked here.
 */
@ApplicationScoped
public class CouponUsage {

    private static final Logger LOG = Logger.getLogger(CouponUsage.class);

    /** What partner coupons paid of one record. */
    public record Spend(String recordId, String cloudServiceType, BigDecimal amount, Instant consumeTime) {
    }

    private final PartnerCouponRepository coupons;

    CouponUsage(PartnerCouponRepository coupons) {
        this.coupons = coupons;
    }

    /**
     * Draws the spends, in the order given, from the customer's coupons of the partner (locked in id order, after the
     * ledger's accounts the ingest locked). Call inside the ingest's transaction.
     *
     * @return what no coupon could cover (the rating system and these coupons disagree; logged, never negative)
     */
    public Uni<BigDecimal> draw(String partnerId, String customerId, List<Spend> spends, Instant now) {
        if (spends.isEmpty()) {
            return Uni.createFrom().item(BigDecimal.ZERO.setScale(2));
        }
        return coupons.spendable(partnerId, customerId).map(found -> {
            List<PartnerCoupon> byExpiry = found.stream()
                    .sorted(Comparator.comparing((PartnerCoupon c) -> c.expireTime).thenComparing(c -> c.couponId))
                    .toList();
            BigDecimal uncovered = BigDecimal.ZERO.setScale(2);
            for (Spend spend : spends) {
                BigDecimal left = spend.amount();
                for (PartnerCoupon coupon : byExpiry) {
                    if (left.signum() == 0) {
                        break;
                    }
                    if (coupon.pays(spend.cloudServiceType(), spend.consumeTime())) {
                        BigDecimal taken = left.min(coupon.balance);
                        coupon.balance = coupon.balance.subtract(taken);
                        coupon.updatedAt = now;
                        left = left.subtract(taken);
                    }
                }
                uncovered = uncovered.add(left);
            }
            if (uncovered.signum() > 0) {
                LOG.warnf("Partner coupons of customer %s from partner %s could not cover %s of what the rating "
                        + "system charged to them", customerId, partnerId, uncovered.toPlainString());
            }
            return uncovered;
        });
    }
}
