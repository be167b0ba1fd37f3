package com.acmecloud.partnercenter.platform.events.broker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service watches the Kafka broker ({@link KafkaBrokerProbe}); the result is a metric, never readiness. */
@ConfigMapping(prefix = "partnercenter.kafka-probe")
public interface KafkaProbeConfig {

    /** How often the broker is asked for its cluster description. */
    @WithDefault("10s")
    String interval();

    /** How long one probe waits for the answer before counting the broker unreachable. */
    @WithDefault("3S")
    Duration timeout();
}
