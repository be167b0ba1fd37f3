package com.acmecloud.partnercenter.customer.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Marks type-switch requests nobody decided in time as EXPIRED and publishes that. Requests are also treated as
 * expired (and marked) whenever their customer is next changed, so this sweep only makes the expiry visible sooner.
 */
@ApplicationScoped
public class AssociationChangeExpiry {

    private static final int BATCH = 100;

    private final AssociationLifecycleService lifecycle;

    AssociationChangeExpiry(AssociationLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(identity = "association-change-expiry",
            every = "${partnercenter.association.expiry-sweep-interval:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        expireDue();
    }

    /** @return how many requests it marked expired */
    public int expireDue() {
        int expired = 0;
        List<UUID> due;
        do {
            due = lifecycle.dueRequests(BATCH);
            // each in its own transaction, under its customer's lock
            due.forEach(lifecycle::expireIfDue);
            expired += due.size();
        } while (due.size() == BATCH);
        return expired;
    }
}
