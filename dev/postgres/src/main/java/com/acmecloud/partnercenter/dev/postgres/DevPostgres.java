package com.acmecloud.partnercenter.dev.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL for the local stack (dev/stack.sh).
 *
 * <p>Usage: {@code java -cp ... DevPostgres <port> <dataDir> <user> <password> <db>...}.
 * Starts PostgreSQL on {@code port} with a persistent data directory (initdb only on the first
 * start), makes sure role {@code user} (LOGIN, password) and the given databases owned by it
 * exist, prints {@value #READY} and blocks until the JVM is terminated; a shutdown hook stops
 * the postmaster ({@code pg_ctl stop -m fast}).
 *
 * <p>When run as root, zonky's binaries run initdb/postgres as {@code nobody} by themselves.
 * The server is initialised with trust authentication on localhost (zonky's default): it is a
 * developer database bound to the loopback interface, nothing more.
 */
public final class DevPostgres {

    static final String READY = "DEV-POSTGRES READY";

    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DevPostgres <port> <dataDir> <user> <password> [db...]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        String user = args[2];
        String password = args[3];
        List<String> databases = List.of(args).subList(4, args.length);

        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("DEV-POSTGRES stopping");
                pg.close();
                System.out.println("DEV-POSTGRES stopped");
            } catch (Exception e) {
                System.err.println("DEV-POSTGRES could not stop cleanly: " + e);
            } finally {
                stop.countDown();
            }
        }, "dev-postgres-shutdown"));

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            ensureRole(c, user, password);
            for (String db : databases) {
                ensureDatabase(c, db, user);
            }
        }

        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.println(READY + " port=" + port + " dataDir=" + dataDir + " databases=" + databases
                + " startupMs=" + ms);
        System.out.flush();
        stop.await();
    }

    private static void ensureRole(Connection c, String user, String password) throws SQLException {
        requireIdentifier(user);
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        String quotedPassword = "'" + password.replace("'", "''") + "'";
        try (Statement s = c.createStatement()) {
            if (exists) {
                s.execute("ALTER ROLE \"" + user + "\" LOGIN PASSWORD " + quotedPassword);
            } else {
                s.execute("CREATE ROLE \"" + user + "\" LOGIN CREATEDB PASSWORD " + quotedPassword);
                System.out.println("DEV-POSTGRES created role " + user);
            }
        }
    }

    private static void ensureDatabase(Connection c, String db, String owner) throws SQLException {
        requireIdentifier(db);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + db + "\" OWNER \"" + owner + "\" ENCODING 'UTF8'");
        }
        System.out.println("DEV-POSTGRES created database " + db + " owned by " + owner);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }
}
