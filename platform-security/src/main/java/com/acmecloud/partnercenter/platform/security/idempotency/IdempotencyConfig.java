package com.acmecloud.partnercenter.platform.security.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partnercenter.idempotency")
public interface IdempotencyConfig {

    /** How long a stored answer can be replayed; afterwards the key may be used again. */
    @WithDefault("24H")
    Duration retention();
}
