package com.acmecloud.partnercenter.billing.consumption.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ingesting rated consumption and charging it. */
@ConfigMapping(prefix = "partnercenter.consumption")
public interface ConsumptionConfig {

    /**
     * Most records one ingest call takes (more: CBC.91006200). A call must also fit in the HTTP body limit
     * ({@code MAX_BODY_SIZE}, 1 MiB by default: about 2,000 records of typical size).
     */
    @WithDefault("2000")
    int maxRecords();

    /**
     * How often resale customers with debt and an allocated balance pay the debt from it (a Quarkus scheduler
     * period such as 1m; {@code off} disables it). This is how a later allocation clears arrears.
     */
    @WithDefault("1m")
    String settleEvery();

    /** Customers whose debt the settlement job pays per transaction. */
    @WithDefault("50")
    int settleBatchSize();
}
