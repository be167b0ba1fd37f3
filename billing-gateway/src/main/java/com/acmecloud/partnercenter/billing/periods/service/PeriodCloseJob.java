package com.acmecloud.partnercenter.billing.periods.service;

import com.acmecloud.partnercenter.billing.periods.config.PeriodConfig;
import com.acmecloud.partnercenter.billing.periods.domain.ClosedPeriod;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Closes the previous month once its close time (by default the 5th, 12:00 GMT+8) has passed. */
@ApplicationScoped
public class PeriodCloseJob {

    public static final String ACTOR = "month-close";
    private static final Logger LOG = Logger.getLogger(PeriodCloseJob.class);

    private final PeriodCloseService closing;
    private final PeriodConfig config;
    private final Clock clock;

    PeriodCloseJob(PeriodCloseService closing, PeriodConfig config, Clock clock) {
        this.closing = closing;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "billing-period-close", every = "${partnercenter.billing-periods.check-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return closeDue().replaceWithVoid();
    }

    /** Closes the month due now, if any (a no-op when it is closed already); returns whether this call closed it. */
    public Uni<Boolean> closeDue() {
        return ClosedPeriod.due(clock.instant(), config.closeDay(), config.closeTime())
                .map(cycle -> closing.close(cycle, ACTOR).invoke(outcome -> {
                    if (outcome.closedNow()) {
                        LOG.infof("Closed bill period %s: %d records", cycle, outcome.period().records());
                    }
                }).map(PeriodCloseService.Outcome::closedNow))
                .orElseGet(() -> Uni.createFrom().item(false));
    }
}
