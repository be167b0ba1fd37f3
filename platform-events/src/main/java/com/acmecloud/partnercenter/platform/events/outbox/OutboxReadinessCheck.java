package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the oldest unsent event is older than {@code partnercenter.outbox.max-age}. */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements AsyncHealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    OutboxReadinessCheck(OutboxBacklog backlog, OutboxConfig config) {
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
