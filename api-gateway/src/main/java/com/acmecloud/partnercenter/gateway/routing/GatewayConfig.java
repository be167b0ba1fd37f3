package com.acmecloud.partnercenter.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * Each service's base URL ({@code http://host:port}), by the name of its OpenAPI document's folder in
     * {@code docs/openapi/}. Every service listed here must have a document, and every document a service here.
     */
    Map<String, String> origins();

    /** Seconds a caller is asked to wait (Retry-After) when the owning service cannot be reached. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /**
     * How long a service may stay silent (no byte of its answer) before the caller gets 504 with a retryable code. The
     * service may still complete the change: a caller retries with the same Idempotency-Key, which replays it.
     */
    @WithDefault("PT30S")
    Duration responseTimeout();
}
