package com.acmecloud.partnercenter.platform.api.errors;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How an outage of the database is answered: 503 CBC.91000006 with this {@code Retry-After}. */
@ConfigMapping(prefix = "partnercenter.outage")
public interface OutageConfig {

    /** Seconds a caller is asked to wait before retrying a request refused because the database is unreachable. */
    @WithDefault("5")
    int retryAfterSeconds();
}
