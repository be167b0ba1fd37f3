package com.acmecloud.partnercenter.platform.events.broker;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The broker as {@link KafkaBrokerProbe} last saw it, on {@code /q/health/well}: for operators and dashboards,
 * not for Kubernetes probes (a broker outage must neither take replicas out of the Service nor restart them).
 */
@Wellness
@ApplicationScoped
public class KafkaBrokerCheck implements HealthCheck {

    private final KafkaBrokerProbe probe;

    KafkaBrokerCheck(KafkaBrokerProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaBrokerProbe.State state = probe.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-broker")
                .status(!Boolean.FALSE.equals(state.reachable()));
        if (state.reachable() == null) {
            response.withData("probed", false);
        } else if (!state.reachable()) {
            response.withData("error", state.error());
        }
        return response.build();
    }
}
