package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How far the outbox is behind, on {@code /q/health/well}: DOWN while the oldest unsent event is older than
 * {@code partnercenter.outbox.max-age}. A wellness check, deliberately not readiness: a lagging outbox means
 * the broker is away, and the outbox exists precisely so that requests keep succeeding meanwhile; taking
 * every replica out of the Service would turn a broker outage into an API outage. Operators are alerted
 * from the gauges of {@link OutboxBacklog} (deploy/base/common/prometheusrule.yaml).
 */
@Wellness
@ApplicationScoped
public class OutboxLagCheck implements AsyncHealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    OutboxLagCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return backlog.refresh()
                .map(snapshot -> {
                    long ageSeconds = snapshot.oldestAge(backlog.clock()).toSeconds();
                    return HealthCheckResponse.named("outbox")
                            .status(ageSeconds <= config.maxAge().toSeconds())
                            .withData("unsent", snapshot.unsent())
                            .withData("parked", snapshot.parked())
                            .withData("oldest_unsent_age_seconds", ageSeconds)
                            .withData("max_age_seconds", config.maxAge().toSeconds())
                            .build();
                })
                .onFailure().recoverWithItem(() -> HealthCheckResponse.named("outbox").down()
                        .withData("error", "outbox table unreadable").build());
    }
}
