package com.acmecloud.partnercenter.incentive.core;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/** PostgreSQL advisory locks held until the session's transaction ends: one writer at a time per key. */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    public static Uni<Void> untilCommit(Mutiny.Session session, String key) {
        return session.createNativeQuery("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) l")
                .setParameter("key", key)
                .getSingleResult()
                .replaceWithVoid();
    }
}
