package com.acmecloud.partnercenter.customer.deals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Deal registrations (报备) and the public pool. */
@ConfigMapping(prefix = "partnercenter.deal-registration")
public interface DealRegistrationConfig {

    /** How long a registration gives exclusive rights (ASSUMPTION: Huawei publishes no number). */
    @WithDefault("P90D")
    Duration validity();

    /**
     * How often the job expires / releases registrations that ran out (a Quarkus scheduler period such as 1m;
     * {@code off} disables it). Read by the job's {@code @Scheduled}.
     */
    @WithDefault("1m")
    String releaseEvery();

    /** Registrations the release job closes per transaction. */
    @WithDefault("100")
    int releaseBatchSize();
}
