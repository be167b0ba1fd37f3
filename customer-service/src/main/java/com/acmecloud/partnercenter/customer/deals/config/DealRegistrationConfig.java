package com.acmecloud.partnercenter.customer.deals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Deal registrations (报备) and the public pool. The job's period is {@code release-every} (read by its
 * {@code @Scheduled}, default 1m; {@code off} disables it).
 */
@ConfigMapping(prefix = "partnercenter.deal-registration")
public interface DealRegistrationConfig {

    /** How long a registration gives exclusive rights (ASSUMPTION: Huawei publishes no number). */
    @WithDefault("P90D")
    Duration validity();

    /** Registrations the release job closes per transaction. */
    @WithDefault("100")
    int releaseBatchSize();
}
