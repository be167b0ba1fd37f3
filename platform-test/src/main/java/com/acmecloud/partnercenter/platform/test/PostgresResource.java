package com.acmecloud.partnercenter.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
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
 * what a service does while PostgreSQL is unreachable: the embedded server is stopped and started again on the
 * same port and data directory; on a named server the test database refuses connections meanwhile (its open
 * connections are closed).
 *
 * <p>With the init argument {@link #OUTAGE_PROXY} = {@code true} (a test profile's {@code testResources()}), the
 * reactive pool reaches the database through a TCP proxy that {@link #cutDatabase()} and {@link #restoreDatabase()}
 * switch off and on: the service loses its database as in a network outage while Flyway's JDBC URL stays direct.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String OUTAGE_PROXY = "outage-proxy";

    private static TcpProxy proxy;

    private static EmbeddedPostgres embedded;
    private static int embeddedPort;
    private static Path embeddedDataDirectory;
    private static String serverUrl;
    private static String serverUser;
    private static String serverPassword;
    private static String database;

    private boolean withProxy;

    @Override
    public void init(Map<String, String> initArgs) {
        withProxy = Boolean.parseBoolean(initArgs.getOrDefault(OUTAGE_PROXY, "false"));
    }

    /** The reactive pool's connections drop and new ones are refused (needs {@link #OUTAGE_PROXY}). */
    public static synchronized void cutDatabase() {
        requireProxy().cut();
    }

    /** The reactive pool can connect again. */
    public static synchronized void restoreDatabase() {
        requireProxy().restore();
    }

    private static TcpProxy requireProxy() {
        if (proxy == null) {
            throw new IllegalStateException("PostgresResource runs without " + OUTAGE_PROXY);
        }
        return proxy;
    }

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
        database = "pc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database could not be created on " + serverUrl, e);
        }
        String databaseUrl = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        String reactiveUrl = databaseUrl.replaceFirst("^jdbc:", "");
        if (withProxy) {
            URI server = URI.create(reactiveUrl);
            synchronized (PostgresResource.class) {
                proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
                reactiveUrl = reactiveUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", databaseUrl,
                "quarkus.datasource.reactive.url", reactiveUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (withProxy) {
            synchronized (PostgresResource.class) {
                if (proxy != null) {
                    proxy.close();
                    proxy = null;
                }
            }
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
     * Makes the test database unreachable until {@link #startPostgres()}: the embedded server stops (connections
     * are refused); on a named server ({@code PC_TEST_PG_URL}) the database refuses new connections and its open
     * ones are terminated.
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
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    /** Brings the database back after {@link #stopPostgres()}, with its data, on the same URL. */
    public static synchronized void startPostgres() {
        if (embeddedDataDirectory != null) {
            if (embedded == null) {
                startEmbedded();
            }
            return;
        }
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
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

    private static void admin(String... statements) {
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
