package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import com.acmecloud.partnercenter.customer.deals.config.DealRegistrationConfig;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Seed 2: closes registrations that ran out unconverted — no-account ones are released to the public pool,
 * account ones expire. Safe on several instances at once: each batch locks its rows with SKIP LOCKED.
 */
@ApplicationScoped
public class DealRegistrationReleaseJob {

    private static final Logger LOG = Logger.getLogger(DealRegistrationReleaseJob.class);

    private final DealRegistrationRepository registrations;
    private final RegistrationClosing closing;
    private final DealRegistrationConfig config;
    private final Clock clock;

    DealRegistrationReleaseJob(DealRegistrationRepository registrations, RegistrationClosing closing,
                               DealRegistrationConfig config, Clock clock) {
        this.registrations = registrations;
        this.closing = closing;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "deal-registration-release", every = "${partnercenter.deal-registration.release-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return closeRunOut().invoke(closed -> {
            if (closed > 0) {
                LOG.infof("Closed %d deal registrations that ran out", closed);
            }
        }).replaceWithVoid();
    }

    /**
     * Closes every registration run out by the clock's now, one transaction per batch; returns how many. Call on a
     * Vert.x context, outside a transaction.
     */
    public Uni<Integer> closeRunOut() {
        return closeBatches(clock.instant().truncatedTo(ChronoUnit.SECONDS), 0);
    }

    private Uni<Integer> closeBatches(Instant now, int closedBefore) {
        return Panache.withTransaction(() -> registrations.lockDue(now, config.releaseBatchSize())
                        .call(due -> Sequentially.forEach(due, registration -> closing.closeRunOut(registration, now)))
                        .map(due -> due.size()))
                .chain(batch -> batch == config.releaseBatchSize()
                        ? closeBatches(now, closedBefore + batch)
                        : Uni.createFrom().item(closedBefore + batch));
    }
}
