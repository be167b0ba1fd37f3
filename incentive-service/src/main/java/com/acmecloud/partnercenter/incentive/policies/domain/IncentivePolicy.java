package com.acmecloud.partnercenter.incentive.policies.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Huawei's {@code incentive_policy} codes (rule 61): whether a cloud service type's spending is performance and
 * whether it earns an incentive (rebate).
 */
public enum IncentivePolicy {
    /** Non-specific product: performance and rebate at the general rates. */
    NON_SPECIFIC_PRODUCT(0, true, true),
    /** Specific product: performance and rebate under the product's own terms. */
    SPECIFIC_PRODUCT(1, true, true),
    /** No performance and no rebate: its spending is left out of performance. */
    NO_PERFORMANCE_NO_REBATE(2, false, false),
    /** Counts as performance (tiers) but earns no rebate itself. */
    PERFORMANCE_NO_REBATE(13, true, false);

    private final int code;
    private final boolean countsAsPerformance;
    private final boolean earnsRebate;

    IncentivePolicy(int code, boolean countsAsPerformance, boolean earnsRebate) {
        this.code = code;
        this.countsAsPerformance = countsAsPerformance;
        this.earnsRebate = earnsRebate;
    }

    public int code() {
        return code;
    }

    public boolean countsAsPerformance() {
        return countsAsPerformance;
    }

    public boolean earnsRebate() {
        return earnsRebate;
    }

    public static Optional<IncentivePolicy> of(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }
}
