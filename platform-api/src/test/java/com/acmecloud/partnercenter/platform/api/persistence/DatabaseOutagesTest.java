package com.acmecloud.partnercenter.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** An unreachable database is told apart from a bug, however deep the layers wrap it. */
class DatabaseOutagesTest {

    @Test
    void aRefusedConnectionWrappedByHibernateReactiveIsAnOutage() {
        Throwable failure = new CompletionException(new HibernateException("could not connect",
                new ConnectException("Connection refused: localhost/127.0.0.1:5432")));

        assertThat(DatabaseOutages.isOutage(failure)).isTrue();
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutages.isOutage(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseOutages.isOutage(new PgException("the database system is starting up",
                "FATAL", "57P03", null))).isTrue();
    }

    @Test
    void aBugOrAConstraintViolationIsNot() {
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseOutages.isOutage(new PgException("invalid byte sequence", "ERROR", "22021", null))).isFalse();
    }
}
