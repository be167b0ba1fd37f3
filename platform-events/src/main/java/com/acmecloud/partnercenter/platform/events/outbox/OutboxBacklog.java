package com.acmecloud.partnercenter.platform.events.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the outbox is behind: unsent rows and the age of the oldest. Exported as the gauges
 * {@code outbox_backlog_events} and {@code outbox_oldest_unsent_age_seconds}; read by the readiness check.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    public record Snapshot(long unsent, Instant oldestCreatedAt) {
        public Duration oldestAge(Clock clock) {
            return oldestCreatedAt == null ? Duration.ZERO : Duration.between(oldestCreatedAt, clock.instant());
        }
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, null));

    OutboxBacklog(AgroalDataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("outbox.backlog.events", last, ref -> ref.get().unsent())
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("outbox.oldest.unsent.age.seconds", last, ref -> ref.get().oldestAge(clock).toSeconds())
                .description("Age of the oldest outbox row not yet published")
                .register(registry);
    }

    public Snapshot refresh() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL");
             ResultSet result = query.executeQuery()) {
            result.next();
            Timestamp oldest = result.getTimestamp(2);
            Snapshot snapshot = new Snapshot(result.getLong(1), oldest == null ? null : oldest.toInstant());
            last.set(snapshot);
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox backlog cannot be read: " + e.getMessage(), e);
        }
    }

    public Snapshot last() {
        return last.get();
    }

    public Clock clock() {
        return clock;
    }
}
