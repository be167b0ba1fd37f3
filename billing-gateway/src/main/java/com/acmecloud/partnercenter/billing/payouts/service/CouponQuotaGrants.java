package com.acmecloud.partnercenter.billing.payouts.service;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;

/**
 * How payouts turn an incentive into coupon quota: the coupons feature implements it (a bean of this type). Called
 * inside the payout's transaction; must grant at most one quota per {@code payoutId} and answer its quota id. While no
 * bean implements it, COUPON_QUOTA payouts are recorded as PENDING_QUOTA.
 */
public interface CouponQuotaGrants {

    Uni<String> grantFromPayout(String partnerId, String payoutId, BigDecimal amount, String statementRef);
}
