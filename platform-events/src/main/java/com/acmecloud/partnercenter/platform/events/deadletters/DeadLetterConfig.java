package com.acmecloud.partnercenter.platform.events.deadletters;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The dead-letter topics an operator may list and replay through this service ({@code DeadLetterOperationsResource}). */
@ConfigMapping(prefix = "partnercenter.dead-letters")
public interface DeadLetterConfig {

    /** Dead-letter topics of this service's consumers, e.g. {@code partner.events.dlq}; none by default. */
    Optional<List<String>> topics();

    /** Longest time a listing or a replay reads the dead-letter topic before answering with what it has. */
    @WithDefault("10S")
    Duration readTimeout();

    /** Most dead letters one listing or replay reads. */
    @WithDefault("1000")
    int maxRecords();
}
