package com.acmecloud.partnercenter.platform.api.persistence;

import io.vertx.pgclient.PgException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which database constraint a failed write broke, whichever layer reports it: Hibernate Reactive wraps the
 * PostgreSQL error ({@code org.hibernate.exception.ConstraintViolationException}), a native statement on
 * the reactive client fails with the bare {@link PgException}. Services map the name to their CBC code
 * (a concurrent request won a race that the pre-checks could not see).
 */
public final class ConstraintViolations {

    /** SQLSTATE class 23: integrity constraint violation (unique, foreign key, check, exclusion). */
    private static final String INTEGRITY_CLASS = "23";

    private ConstraintViolations() {
    }

    /** The lower-case name of the violated constraint, if the failure (or one of its causes) is a violation. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                Optional<String> name = lowerCase(violation.getConstraintName());
                if (name.isPresent()) {
                    return name;
                }
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && pg.getSqlState().startsWith(INTEGRITY_CLASS)) {
                return lowerCase(pg.getConstraint()).or(() -> Optional.of(""));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a violation of a constraint whose name contains {@code fragment}. */
    public static boolean violates(Throwable failure, String fragment) {
        return constraintOf(failure).filter(name -> name.contains(fragment.toLowerCase(Locale.ROOT))).isPresent();
    }

    private static Optional<String> lowerCase(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.toLowerCase(Locale.ROOT));
    }
}
