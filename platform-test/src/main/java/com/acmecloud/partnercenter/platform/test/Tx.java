package com.acmecloud.partnercenter.platform.test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * Runs reactive repository code from a test thread: in a transaction of its own, on a Vert.x context, and
 * waits for the result. Entities come back detached; read what the test needs inside the call.
 */
public final class Tx {

    private Tx() {
    }

    public static <T> T call(Supplier<Uni<T>> work) {
        return onContext(() -> Panache.withTransaction(work));
    }

    /**
     * Runs the Uni on a Vert.x context without opening a transaction: for code that opens its own (scheduled
     * jobs, one transaction per batch) and for platform beans called directly.
     */
    public static <T> T onContext(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Supplier<Uni<?>> work) {
        call(() -> work.get().replaceWithVoid());
    }
}
