package com.acmecloud.partnercenter.platform.security.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Rule 64: how many requests one caller may send to one API. An API is a resource method, named
 * {@code <ResourceClass>.<method>} (e.g. {@code SubCustomerResource.checkIdentity}).
 */
@ConfigMapping(prefix = "partnercenter.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are counted at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per {@link #period()} for an API without a limit of its own (Huawei's default: 10 per second). */
    @WithDefault("10")
    int limit();

    /** The window the limits refer to; the bucket refills evenly over it. */
    @WithDefault("1S")
    Duration period();

    /** Limits that differ from {@link #limit()}, by API name. */
    Map<String, Integer> apis();

    /** How many callers' buckets one instance keeps in memory between requests (the state itself is shared). */
    @WithDefault("10000")
    int cachedBuckets();

    default int limitOf(String api) {
        return apis().getOrDefault(api, limit());
    }
}
