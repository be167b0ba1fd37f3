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
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What incentive-service takes from {@code billing.events}: consumption for performance (rule 56) and month closes,
 * which it also hands to the {@link PeriodCloseListener}s (statements). Every other billing event is ignored. Runs
 * inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class BillingEventsApplier {

    private final CloudEventCodec codec;
    private final PerformanceIngest performance;
    private final ClosedPeriodRepository closed;
    private final Instance<PeriodCloseListener> listeners;
    private final Clock clock;

    BillingEventsApplier(CloudEventCodec codec, PerformanceIngest performance, ClosedPeriodRepository closed,
                         Instance<PeriodCloseListener> listeners, Clock clock) {
        this.codec = codec;
        this.performance = performance;
        this.closed = closed;
        this.listeners = listeners;
        this.clock = clock;
    }

    public Uni<Void> apply(CloudEvent event) {
        if (event.type().equals(BillingEvents.CONSUMPTION_INGESTED.type())) {
            return performance.ingest(UUID.fromString(event.id()),
                    codec.payload(event, BillingEvents.CONSUMPTION_INGESTED)).replaceWithVoid();
        }
        if (event.type().equals(BillingEvents.PERIOD_CLOSED.type())) {
            UUID eventId = UUID.fromString(event.id());
            return periodClosed(codec.payload(event, BillingEvents.PERIOD_CLOSED))
                    .chain(month -> tellListeners(eventId, month));
        }
        return Uni.createFrom().voidItem();
    }

    /** A month closes once; a second close event of the same month (billing publishes one) changes nothing. */
    private Uni<YearMonth> periodClosed(BillingEvents.PeriodClosed data) {
        YearMonth month = Months.parse(data.period())
                .orElseThrow(() -> new UndecodableEventException("period is not YYYY-MM"));
        String period = Months.format(month);
        if (data.closedAt() == null || data.dataCompleteThrough() == null) {
            throw new UndecodableEventException("period_closed without closed_at or data_complete_through");
        }
        return closed.findById(period).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(month);
            }
            ClosedPeriod row = new ClosedPeriod();
            row.period = period;
            row.dataCompleteThrough = data.dataCompleteThrough();
            row.closedAt = data.closedAt();
            row.closedBy = data.closedBy() == null ? "unknown" : data.closedBy();
            row.totalRecords = data.totals() == null ? 0 : data.totals().records();
            row.receivedAt = clock.instant();
            return closed.persist(row).replaceWith(month);
        });
    }

    private Uni<Void> tellListeners(UUID eventId, YearMonth month) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PeriodCloseListener listener : listeners) {
            chain = chain.chain(() -> listener.periodClosed(eventId, month));
        }
        return chain;
    }
}
