package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Seed 2: what happens to a registration that runs out unconverted. An account's registration just EXPIRES; a
 * no-account registration is RELEASED and its prospect goes to the public pool. Call with the row locked.
 */
@ApplicationScoped
public class RegistrationClosing {

    /** Recorded as {@code closed_by} of registrations closed for running out. */
    public static final String ACTOR = "deal-registration-release";

    private final PoolProspectRepository pool;
    private final DealEventPublisher events;

    RegistrationClosing(PoolProspectRepository pool, DealEventPublisher events) {
        this.pool = pool;
        this.events = events;
    }

    public Uni<Void> closeRunOut(DealRegistration registration, Instant now) {
        if (!registration.isNoAccount()) {
            registration.close(Status.EXPIRED, ACTOR, now);
            return events.closed(registration);
        }
        PoolProspect prospect = PoolProspect.releasedFrom(registration, now);
        return pool.persist(prospect).chain(() -> {
            registration.poolProspectId = prospect.prospectId;
            registration.close(Status.RELEASED, ACTOR, now);
            return events.closed(registration);
        });
    }
}
