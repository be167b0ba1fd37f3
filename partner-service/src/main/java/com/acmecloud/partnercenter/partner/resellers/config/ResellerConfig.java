package com.acmecloud.partnercenter.partner.resellers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Distributor to cloud reseller link requests. */
@ConfigMapping(prefix = "partnercenter.resellers")
public interface ResellerConfig {

    /**
     * How long a reseller has to accept a distributor's link request (ASSUMPTION: 7 days, like member invitations;
     * Huawei documents no value).
     */
    @WithDefault("7D")
    Duration linkRequestTtl();
}
