package com.acmecloud.partnercenter.billing.coupons.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Rule 47 type 4: every {@code partnercenter.coupons.expiry-interval} (10 minutes), coupons past their expire time
 * return what they still hold to their quotas, a batch per transaction until none is left. Replicas may run it at the
 * same time: the coupons' row locks make the second wait, and it then finds them expired already.
 */
@ApplicationScoped
public class CouponExpiryJob {

    private static final Logger LOG = Logger.getLogger(CouponExpiryJob.class);
    static final int BATCH = 200;

    private final CouponService coupons;

    CouponExpiryJob(CouponService coupons) {
        this.coupons = coupons;
    }

    @Scheduled(identity = "coupon-expiry", every = "${partnercenter.coupons.expiry-interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return expireAll(0).invoke(total -> {
            if (total > 0) {
                LOG.infof("Expired %d partner coupons (their balances returned to their quotas)", total);
            }
        }).onFailure().invoke(e -> LOG.warnf("Coupon expiry failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires every due coupon, in batches; returns how many. */
    public Uni<Integer> expireAll(int sofar) {
        return Panache.withTransaction(() -> coupons.expireDue(BATCH)).chain(count -> count < BATCH
                ? Uni.createFrom().item(sofar + count) : expireAll(sofar + count));
    }
}
