package com.acmecloud.partnercenter.billing.payouts.repository;

import com.acmecloud.partnercenter.billing.payouts.domain.IncentivePayout;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class IncentivePayoutRepository implements PanacheRepositoryBase<IncentivePayout, String> {

    /** The payout locked until the transaction ends, or null if billing never saw it. */
    public Uni<IncentivePayout> lock(String payoutId) {
        return findById(payoutId, LockModeType.PESSIMISTIC_WRITE);
    }
}
