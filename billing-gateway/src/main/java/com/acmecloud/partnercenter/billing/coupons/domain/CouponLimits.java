package com.acmecloud.partnercenter.billing.coupons.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cloud service types and product ids a coupon (or a quota's coupons) may be used for; empty means no limit.
 * Rule 43: at most {@link #MAX_ENTRIES} of each per coupon, and a coupon is never wider than its quota.
 */
public record CouponLimits(Set<String> cloudServiceTypes, Set<String> productIds) {

    public static final int MAX_ENTRIES = 10;

    public CouponLimits {
        cloudServiceTypes = Set.copyOf(cloudServiceTypes);
        productIds = Set.copyOf(productIds);
    }

    public static CouponLimits of(List<String> cloudServiceTypes, List<String> productIds) {
        return new CouponLimits(cloudServiceTypes == null ? Set.of() : new LinkedHashSet<>(cloudServiceTypes),
                productIds == null ? Set.of() : new LinkedHashSet<>(productIds));
    }

    static CouponLimits of(String cloudServiceTypes, String productIds) {
        return new CouponLimits(split(cloudServiceTypes), split(productIds));
    }

    /** Rule 43: {@code true} when these limits allow nothing the quota's limits do not. */
    public boolean servicesWithin(CouponLimits quota) {
        return within(cloudServiceTypes, quota.cloudServiceTypes);
    }

    public boolean productsWithin(CouponLimits quota) {
        return within(productIds, quota.productIds);
    }

    /** A coupon without its own limits takes the quota's. */
    public CouponLimits narrowedTo(CouponLimits quota) {
        return new CouponLimits(cloudServiceTypes.isEmpty() ? quota.cloudServiceTypes : cloudServiceTypes,
                productIds.isEmpty() ? quota.productIds : productIds);
    }

    public static String join(Set<String> values) {
        return String.join(",", values.stream().sorted().toList());
    }

    private static boolean within(Set<String> own, Set<String> quota) {
        if (quota.isEmpty()) {
            return true; // the quota is not limited
        }
        return !own.isEmpty() && quota.containsAll(own); // an unlimited coupon would be wider than a limited quota
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }
}
