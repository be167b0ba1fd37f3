package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.config.DealRegistrationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    void scheduled() {
        int closed = closeRunOut();
        if (closed > 0) {
            LOG.infof("Closed %d deal registrations that ran out", closed);
        }
    }

    /** Closes every registration run out by the clock's now, one transaction per batch; returns how many. */
    public int closeRunOut() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<DealRegistration> due = registrations.lockDue(now, config.releaseBatchSize());
                due.forEach(registration -> closing.closeRunOut(registration, now));
                return due.size();
            });
            total += batch;
        } while (batch == config.releaseBatchSize());
        return total;
    }
}
