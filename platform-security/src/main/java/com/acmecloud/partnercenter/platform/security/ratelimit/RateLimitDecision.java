package com.acmecloud.partnercenter.platform.security.ratelimit;

/**
 * The answer of the limiter for one request, in whole seconds as the {@code RateLimit-*} and
 * {@code Retry-After} headers carry them.
 */
public record RateLimitDecision(boolean allowed, int limit, long remaining, long retryAfterSeconds,
                                long resetSeconds) {

    static long wholeSecondsAtLeastOne(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
