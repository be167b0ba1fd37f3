package com.acmecloud.partnercenter.customer.partners.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The registered-partner gate's memory of the partners it has seen registered (see RegisteredPartners). */
@ConfigMapping(prefix = "partnercenter.registered-partners")
public interface RegisteredPartnersConfig {

    /**
     * How long a partner seen registered is served without reading {@code partner_projection} again. A registration
     * is never withdrawn by an event, so the bound only matters for a projection row removed by hand; {@code PT0S}
     * reads the projection on every request.
     */
    @WithDefault("PT10M")
    Duration cacheTtl();

    /** How many registered partners each replica remembers at most (least recently used ones are forgotten first). */
    @WithDefault("100000")
    long cacheSize();
}
