package com.acmecloud.partnercenter.platform.api.persistence;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone) rather than a bug:
 * the caller may retry such a request later. Recognised at any depth, since Hibernate Reactive and the reactive
 * pool wrap what the network reported.
 */
public final class DatabaseOutages {

    /** Thrown by Netty and Vert.x without a compile-time dependency of ours on them (the pool is optional here). */
    private static final Set<String> OUTAGE_TYPES = Set.of(
            "io.netty.channel.ConnectTimeoutException",
            "io.vertx.sqlclient.ClosedConnectionException");
    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_CLASS = "08";
    /** SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting or stopping). */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final boolean PG_CLIENT_PRESENT = present("io.vertx.pgclient.PgException");

    private DatabaseOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException || OUTAGE_TYPES.contains(cause.getClass().getName())) {
                return true;
            }
            if (PG_CLIENT_PRESENT && isShutdownState(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isShutdownState(Throwable cause) {
        if (cause instanceof PgException pg && pg.getSqlState() != null) {
            return pg.getSqlState().startsWith(CONNECTION_CLASS) || SHUTDOWN_STATES.contains(pg.getSqlState());
        }
        return false;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DatabaseOutages.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
