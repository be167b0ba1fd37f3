package com.acmecloud.partnercenter.incentive.policies.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What makes a base rate table usable: tiers in ascending order of performance, the first from 0, each threshold
 * higher than the one before, rates from 0 to 1. Checked before anything is stored.
 */
public final class BaseRateRules {

    public static final int MAX_TIERS = 20;

    private BaseRateRules() {
    }

    public record Tier(String name, BigDecimal minPerformance, BigDecimal rate) {
    }

    public static void check(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty() || tiers.size() > MAX_TIERS) {
            throw new CbcException(CbcError.BASE_RATE_TIERS_INVALID,
                    "tiers must hold 1 to " + MAX_TIERS + " tiers");
        }
        if (tiers.get(0).minPerformance().signum() != 0) {
            throw new CbcException(CbcError.BASE_RATE_TIERS_INVALID,
                    "the first tier must start at min_performance 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).minPerformance().compareTo(tiers.get(i - 1).minPerformance()) <= 0) {
                throw new CbcException(CbcError.BASE_RATE_TIERS_INVALID,
                        "each tier's min_performance must be higher than the one before (tier " + (i + 1) + ")");
            }
        }
        long names = tiers.stream().map(Tier::name).distinct().count();
        if (names != tiers.size()) {
            throw new CbcException(CbcError.BASE_RATE_TIERS_INVALID, "tier names must be distinct");
        }
    }

    /** The tier a month's performance reaches (1-based), for statements. */
    public static int tierOf(List<Tier> tiers, BigDecimal performance) {
        int tier = 1;
        for (int i = 0; i < tiers.size(); i++) {
            if (performance.compareTo(tiers.get(i).minPerformance()) >= 0) {
                tier = i + 1;
            }
        }
        return tier;
    }
}
