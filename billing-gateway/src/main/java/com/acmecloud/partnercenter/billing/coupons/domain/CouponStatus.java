package com.acmecloud.partnercenter.billing.coupons.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Rule 46: coupon status 1 inactive, 2 usable, 3 used, 4 expired, 5 reclaimed. Stored are 2, 5 and 4 (once the expiry
 * reclaim returned what was left to the quota); 1 (before its effective time), 3 (nothing left) and 4 (past its expire
 * time, not yet reclaimed) follow from the coupon's times and balance.
 */
public final class CouponStatus {

    public static final int INACTIVE = 1;
    public static final int USABLE = 2;
    public static final int USED = 3;
    public static final int EXPIRED = 4;
    public static final int RECLAIMED = 5;

    private CouponStatus() {
    }

    public static int of(int stored, BigDecimal balance, Instant effectiveTime, Instant expireTime, Instant now) {
        if (stored == RECLAIMED || stored == EXPIRED) {
            return stored;
        }
        if (balance.signum() == 0) {
            return USED;
        }
        if (!now.isBefore(expireTime)) {
            return EXPIRED;
        }
        return now.isBefore(effectiveTime) ? INACTIVE : USABLE;
    }
}
