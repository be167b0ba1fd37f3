package com.acmecloud.partnercenter.billing.periods.service;

import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.periods.domain.ClosedPeriod;
import com.acmecloud.partnercenter.billing.periods.repository.BillingPeriodRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Closes a past month exactly once: waits for the ingests of that month in flight (advisory lock), inserts the
 * period's row with its totals and appends {@code billing.period_closed} in the same transaction. Concurrent closers
 * (replicas, the job and an operator) queue on the lock; the first inserts, the others find the row and publish
 * nothing. Records of the month ingested afterwards are stored as late.
 */
@ApplicationScoped
public class PeriodCloseService {

    /** The closed period, and whether this call closed it. */
    public record Outcome(ClosedPeriod period, boolean closedNow) {
    }

    private final BillingPeriodRepository periods;
    private final OutboxWriter outbox;
    private final Clock clock;

    PeriodCloseService(BillingPeriodRepository periods, OutboxWriter outbox, Clock clock) {
        this.periods = periods;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Closes the cycle (a month that has ended, GMT+8), or answers the close it already had. */
    public Uni<Outcome> close(YearMonth cycle, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!cycle.isBefore(BillCycles.of(now))) {
            return Uni.createFrom().failure(new CbcException(CbcError.PERIOD_NOT_ENDED));
        }
        return Panache.withTransaction(() -> periods.lockExclusive(cycle)
                .chain(() -> periods.insertClosed(cycle, BillCycles.end(cycle), now, actor))
                .chain(closed -> closed == null
                        ? periods.find(cycle).map(existing -> new Outcome(existing, false))
                        : outbox.append(BillingEvents.PERIOD_CLOSED, BillingEvents.PERIOD_KEY,
                                        BillCycles.format(cycle), event(closed))
                                .replaceWith(new Outcome(closed, true))));
    }

    public Uni<ClosedPeriod> find(YearMonth cycle) {
        return Panache.withSession(() -> periods.find(cycle));
    }

    private static BillingEvents.PeriodClosed event(ClosedPeriod p) {
        return new BillingEvents.PeriodClosed(BillCycles.format(p.cycle()), p.dataCompleteThrough(), p.closedAt(),
                p.closedBy(), new BillingEvents.PeriodTotals(p.records(), p.customers(), p.partners(), p.amount(),
                p.cashAmount(), p.couponAmount(), p.storedValueCardAmount(), p.debtAmount()));
    }
}
