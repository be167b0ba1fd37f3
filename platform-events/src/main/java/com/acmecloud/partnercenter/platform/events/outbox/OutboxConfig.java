package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partnercenter.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /partner-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /**
     * How often the relay looks for unsent rows even without a wake-up: the safety net for a notification
     * lost while the listening connection was down. A round drains the whole backlog.
     */
    @WithDefault("5s")
    String pollInterval();

    /** Most rows published per relay round. */
    @WithDefault("500")
    int batchSize();

    /**
     * The outbox wellness check ({@code /q/health/well}) turns DOWN when the oldest unsent event is older than
     * this. Not readiness: the API keeps serving while the broker is away (the outbox absorbs the writes).
     */
    @WithDefault("5M")
    Duration maxAge();

    /**
     * How long the relay waits for the broker to acknowledge one wave of a round (the oldest waiting record of
     * every key) before giving up on the round.
     */
    @WithDefault("10S")
    Duration sendTimeout();

    /**
     * A record the broker refuses (too large, topic that does not exist, invalid topic or record) is parked after
     * this many refusals; until then it is tried again every {@link #refusedRetryInterval()}, its key waiting behind
     * it and the other keys flowing on.
     */
    @WithDefault("5")
    int parkAfterAttempts();

    /** How long a refused record (and the rest of its key) waits before the relay tries it again. */
    @WithDefault("5S")
    Duration refusedRetryInterval();

    /** Sent rows are deleted after this long. */
    @WithDefault("7D")
    Duration retention();
}
