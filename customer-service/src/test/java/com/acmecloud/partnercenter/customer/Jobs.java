package com.acmecloud.partnercenter.customer;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * Runs a job's work from a test thread as the scheduler does: on a Vert.x context and outside any transaction (the
 * job opens its own, one per batch), and waits for it. {@code Tx.call} would run it all in one transaction.
 */
public final class Jobs {

    private Jobs() {
    }

    public static <T> T run(Supplier<Uni<T>> job) {
        try {
            return VertxContextSupport.subscribeAndAwait(job);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
