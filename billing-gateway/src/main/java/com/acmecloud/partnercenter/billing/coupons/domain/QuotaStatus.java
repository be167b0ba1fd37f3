package com.acmecloud.partnercenter.billing.coupons.domain;

import java.util.Set;

/** Rule 46: quota status 0 normal, 3 invalid, 4 adjusting (visible but unusable), 5 frozen. */
public final class QuotaStatus {

    public static final int NORMAL = 0;
    public static final int INVALID = 3;
    public static final int ADJUSTING = 4;
    public static final int FROZEN = 5;
    public static final Set<Integer> ALL = Set.of(NORMAL, INVALID, ADJUSTING, FROZEN);

    private QuotaStatus() {
    }
}
