package com.acmecloud.partnercenter.customer.associations.service;

import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
    Uni<Void> scheduledSweep() {
        return expireDue().replaceWithVoid();
    }

    /** Call on a Vert.x context, outside a transaction. @return how many requests it marked expired */
    public Uni<Integer> expireDue() {
        return sweep(0);
    }

    private Uni<Integer> sweep(int expiredBefore) {
        return lifecycle.dueRequests(BATCH).chain(due ->
                // each in its own transaction, under its customer's lock
                Sequentially.forEach(due, lifecycle::expireIfDue).chain(() -> due.size() == BATCH
                        ? sweep(expiredBefore + due.size())
                        : Uni.createFrom().item(expiredBefore + due.size())));
    }
}
