package com.acmecloud.partnercenter.platform.events.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How consumers retry an event that failed for a passing reason (database unreachable, lock timeout, broken
 * connection) before it goes to the dead-letter topic. Undecodable or invalid events are never retried.
 *
 * <p>The consumer waits {@code initial-backoff}, then twice as long each time up to {@code max-backoff}, and
 * gives up once {@code max-duration} has passed since the first attempt. The events behind it on the same
 * partition wait meanwhile (order is kept); the Kafka channel's
 * {@code throttled.unprocessed-record-max-age.ms} must therefore exceed {@code max-duration}.
 */
@ConfigMapping(prefix = "partnercenter.consumer.retry")
public interface ConsumerRetryConfig {

    /** Wait before the first retry. */
    @WithDefault("1S")
    Duration initialBackoff();

    /** Longest wait between two attempts (the wait doubles up to this). */
    @WithDefault("30S")
    Duration maxBackoff();

    /** No retry starts later than this after the first attempt; the event then goes to the dead-letter topic. */
    @WithDefault("5M")
    Duration maxDuration();
}
