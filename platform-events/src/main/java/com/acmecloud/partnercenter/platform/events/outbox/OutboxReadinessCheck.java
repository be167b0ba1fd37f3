package com.acmecloud.partnercenter.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the oldest unsent event is older than {@code partnercenter.outbox.max-age}. */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    OutboxReadinessCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog.Snapshot snapshot = backlog.refresh();
            long ageSeconds = snapshot.oldestAge(backlog.clock()).toSeconds();
            return response.status(ageSeconds <= config.maxAge().toSeconds())
                    .withData("unsent", snapshot.unsent())
                    .withData("oldest_unsent_age_seconds", ageSeconds)
                    .withData("max_age_seconds", config.maxAge().toSeconds())
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "outbox table unreadable").build();
        }
    }
}
