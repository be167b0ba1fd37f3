package com.acmecloud.partnercenter.billing.coupons.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Coupon settings, with Huawei's numbers as defaults. */
@ConfigMapping(prefix = "partnercenter.coupons")
public interface CouponConfig {

    /** Rule 48: how far back a customer's coupon list shows used, expired and reclaimed coupons (Huawei: 12 months). */
    @WithDefault("P12M")
    Period customerHistory();

    /** The most customers one batch issue ({@code POST /v2/promotions/benefits/partner-coupons}) may name. */
    @WithDefault("100")
    int maxCustomersPerIssue();

    /**
     * Rule 47 type 4: how often coupons past their expire time return what they hold to their quotas (a Quarkus
     * {@code every} value; {@code off} disables the job). Read by {@code CouponExpiryJob}'s schedule.
     */
    @WithDefault("10m")
    String expiryInterval();
}
