package com.acmecloud.partnercenter.platform.api.devoutbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The dev-only outbox: where the local stack and the tests read the SMS codes and invitation links the service
 * "sent", instead of a log. Off in production (the default): nothing is kept and {@code GET /dev/outbox} is a 404.
 */
@ConfigMapping(prefix = "partnercenter.dev-outbox")
public interface DevOutboxConfig {

    /** Keep messages in memory and serve them at {@code GET /dev/outbox}. Never in production. */
    @WithDefault("false")
    boolean enabled();

    /** The newest this many messages are kept; older ones are dropped. */
    @WithDefault("500")
    int capacity();
}
