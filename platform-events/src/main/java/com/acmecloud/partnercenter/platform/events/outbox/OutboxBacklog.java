package com.acmecloud.partnercenter.platform.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the outbox is behind: unsent rows, the age of the oldest, and parked rows. Exported as the
 * gauges {@code outbox_backlog_events}, {@code outbox_oldest_unsent_age_seconds} and
 * {@code outbox_parked_events} (alerts: deploy/base/common/prometheusrule.yaml); read by the outbox wellness check.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    public record Snapshot(long unsent, Instant oldestCreatedAt, long parked) {
        public Duration oldestAge(Clock clock) {
            return oldestCreatedAt == null ? Duration.ZERO : Duration.between(oldestCreatedAt, clock.instant());
        }
    }

    private final Pool pool;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, null, 0));

    OutboxBacklog(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("outbox.backlog.events", last, ref -> ref.get().unsent())
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("outbox.oldest.unsent.age.seconds", last, ref -> ref.get().oldestAge(clock).toSeconds())
                .description("Age of the oldest outbox row not yet published")
                .register(registry);
        Gauge.builder("outbox.parked.events", last, ref -> ref.get().parked())
                .description("Outbox rows parked after repeated refusals by the broker (need an operator)")
                .register(registry);
    }

    public Uni<Snapshot> refresh() {
        return pool.query("""
                        SELECT count(*) FILTER (WHERE parked_at IS NULL), min(created_at) FILTER (WHERE parked_at IS NULL),
                               count(*) FILTER (WHERE parked_at IS NOT NULL)
                        FROM outbox_event WHERE sent_at IS NULL""")
                .execute()
                .map(result -> {
                    Row row = result.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    Snapshot snapshot = new Snapshot(row.getLong(0), oldest == null ? null : oldest.toInstant(),
                            row.getLong(2));
                    last.set(snapshot);
                    return snapshot;
                });
    }

    public Snapshot last() {
        return last.get();
    }

    public Clock clock() {
        return clock;
    }
}
