package com.acmecloud.partnercenter.incentive.performance.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.performance.domain.ClosedPeriod;
import com.acmecloud.partnercenter.incentive.performance.repository.ClosedPeriodRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * What incentive-service takes from {@code billing.events}: consumption for performance (rule 56) and month closes.
 * Every other billing event is ignored. Runs inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class BillingEventsApplier {

    private final CloudEventCodec codec;
    private final PerformanceIngest performance;
    private final ClosedPeriodRepository closed;
    private final Clock clock;

    BillingEventsApplier(CloudEventCodec codec, PerformanceIngest performance, ClosedPeriodRepository closed,
                         Clock clock) {
        this.codec = codec;
        this.performance = performance;
        this.closed = closed;
        this.clock = clock;
    }

    public Uni<Void> apply(CloudEvent event) {
        if (event.type().equals(BillingEvents.CONSUMPTION_INGESTED.type())) {
            return performance.ingest(UUID.fromString(event.id()),
                    codec.payload(event, BillingEvents.CONSUMPTION_INGESTED)).replaceWithVoid();
        }
        if (event.type().equals(BillingEvents.PERIOD_CLOSED.type())) {
            return periodClosed(codec.payload(event, BillingEvents.PERIOD_CLOSED));
        }
        return Uni.createFrom().voidItem();
    }

    /** A month closes once; a second close event of the same month (billing publishes one) changes nothing. */
    private Uni<Void> periodClosed(BillingEvents.PeriodClosed data) {
        String period = Months.parse(data.period()).map(Months::format)
                .orElseThrow(() -> new UndecodableEventException("period is not YYYY-MM"));
        if (data.closedAt() == null || data.dataCompleteThrough() == null) {
            throw new UndecodableEventException("period_closed without closed_at or data_complete_through");
        }
        return closed.findById(period).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ClosedPeriod row = new ClosedPeriod();
            row.period = period;
            row.dataCompleteThrough = data.dataCompleteThrough();
            row.closedAt = data.closedAt();
            row.closedBy = data.closedBy() == null ? "unknown" : data.closedBy();
            row.totalRecords = data.totals() == null ? 0 : data.totals().records();
            row.receivedAt = clock.instant();
            return closed.persist(row).replaceWithVoid();
        });
    }
}
