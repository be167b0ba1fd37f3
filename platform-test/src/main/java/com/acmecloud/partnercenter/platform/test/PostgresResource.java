package com.acmecloud.partnercenter.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for a test JVM, with a fresh database of its own: the reactive URL for the service,
 * the JDBC URL for Flyway.
 *
 * <p>By default the server is embedded (PostgreSQL binaries shipped in a jar, started on a random port).
 * If {@code PC_TEST_PG_URL} names a server (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with
 * {@code PC_TEST_PG_USER} / {@code PC_TEST_PG_PASSWORD}), a new database is created there instead.
 *
 * <p>{@link #stopPostgres()} and {@link #startPostgres()} take the database away and bring it back, for tests of
 * what a service does while PostgreSQL is unreachable (requests answer 503, consumers retry, the outbox waits): the
 * embedded server is stopped (its connections end with PostgreSQL's shutdown message, new ones are refused) and
 * started again on the same port and data directory; on a named server every database this resource created
 * ({@link #createDatabase}) refuses connections meanwhile and its open connections are terminated.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres embedded;
    private static int embeddedPort;
    private static Path embeddedDataDirectory;
    private static String serverUrl;
    private static String serverUser;
    private static String serverPassword;
    /** The databases this resource created on a named server, which {@link #stopPostgres()} takes away. */
    private static final Set<String> databases = new LinkedHashSet<>();

    @Override
    public Map<String, String> start() {
        String serverUrl = System.getenv("PC_TEST_PG_URL");
        String user = envOr("PC_TEST_PG_USER", "postgres");
        String password = envOr("PC_TEST_PG_PASSWORD", "");
        if (serverUrl == null || serverUrl.isBlank()) {
            try {
                embeddedPort = freePort();
                embeddedDataDirectory = Files.createTempDirectory("pc-postgres-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            startEmbedded();
            serverUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        PostgresResource.serverUrl = serverUrl;
        serverUser = user;
        serverPassword = password;
        String databaseUrl = createDatabase("pc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        return Map.of(
                "quarkus.datasource.jdbc.url", databaseUrl,
                "quarkus.datasource.reactive.url", databaseUrl.replaceFirst("^jdbc:", ""),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    /**
     * One more empty database on the same server (e.g. one per service of the suite), with the same user and
     * password as the first; {@link #stopPostgres()} takes it away too.
     *
     * @return its JDBC URL
     */
    public static synchronized String createDatabase(String name) {
        if (serverUrl == null) {
            throw new IllegalStateException("PostgresResource has not started");
        }
        admin("CREATE DATABASE " + name);
        databases.add(name);
        return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    @Override
    public void stop() {
        synchronized (PostgresResource.class) {
            databases.clear();
            serverUrl = null;
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending
            }
            embedded = null;
        }
        deleteRecursively(embeddedDataDirectory);
        embeddedDataDirectory = null;
    }

    /**
     * Makes the test databases unreachable until {@link #startPostgres()}: the embedded server stops (connections
     * are refused); on a named server ({@code PC_TEST_PG_URL}) each database this resource created refuses new
     * connections and its open ones are terminated.
     */
    public static synchronized void stopPostgres() {
        if (embeddedDataDirectory != null) {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
                }
                embedded = null;
            }
            return;
        }
        for (String database : databases) {
            admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }

    /** Brings the database back after {@link #stopPostgres()}, with its data, on the same URL. */
    public static synchronized void startPostgres() {
        if (embeddedDataDirectory != null) {
            if (embedded == null) {
                startEmbedded();
            }
            return;
        }
        for (String database : databases) {
            admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
    }

    private static void startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder()
                    .setPort(embeddedPort)
                    .setDataDirectory(embeddedDataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    private static synchronized void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(serverUrl, serverUser, serverPassword);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL administration failed on " + serverUrl, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; nothing more to do
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
