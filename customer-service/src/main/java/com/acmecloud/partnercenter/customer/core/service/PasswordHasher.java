package com.acmecloud.partnercenter.customer.core.service;

import com.acmecloud.partnercenter.customer.core.domain.PasswordHashes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PBKDF2 is deliberately slow CPU work: it runs on a worker thread, never on the event loop, and the chain goes on
 * on the caller's Vert.x context (so its database session stays usable).
 */
@ApplicationScoped
public class PasswordHasher {

    private final Vertx vertx;

    PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The hash to store, null for no password. */
    public Uni<String> hash(String password) {
        if (password == null) {
            return Uni.createFrom().nullItem();
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> PasswordHashes.hash(password)));
    }
}
