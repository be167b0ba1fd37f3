package com.acmecloud.partnercenter.suite;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The suite as the services see it in production, in miniature: one PostgreSQL server with a database per
 * service, one Kafka broker, one OIDC provider (all in this JVM), and partner-service and customer-service as
 * separate processes started from their packaged jars (billing-gateway too, for the tests that ask for it). {@link #close()} stops everything that was started,
 * also after a failed start.
 */
final class Suite implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Thread killServicesOnExit = new Thread(() -> services.forEach(ServiceProcess::kill),
            "suite-kill-services");

    private ServiceProcess partnerService;
    private ServiceProcess customerService;
    private Database partnerDatabase;
    private Database customerDatabase;
    private Database billingDatabase;
    private Path customerRunner;
    private Map<String, String> customerEnvironment;
    private String bootstrapServers;
    private String oidcServerUrl;
    private Map<String, String> tokenSettings;
    private Path logDir;

    private Suite() {
    }

    /** A database of the shared test PostgreSQL server. */
    record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        /** A new, empty database on the same server; {@link PostgresResource#stopPostgres()} takes it away too. */
        Database sibling(String name) {
            return new Database(PostgresResource.createDatabase(name), username, password);
        }
    }

    static Suite start() {
        Suite suite = new Suite();
        try {
            suite.startEverything();
            return suite;
        } catch (RuntimeException | Error e) {
            try {
                suite.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    ServiceProcess partnerService() {
        return partnerService;
    }

    ServiceProcess customerService() {
        return customerService;
    }

    /**
     * One more customer-service process on the same database and broker, as Kubernetes runs a second replica, with
     * Quarkus {@code properties} on top of the suite's settings; ready when this returns, stopped with the suite.
     */
    ServiceProcess startCustomerServiceReplica(String name, Map<String, String> properties) {
        Map<String, String> settings = new HashMap<>(tokenSettings);
        settings.putAll(properties);
        ServiceProcess replica = launch(ServiceProcess.start(name, customerRunner, customerEnvironment, settings, logDir));
        replica.awaitReady(STARTUP);
        return replica;
    }

    /**
     * billing-gateway from its packaged jar, on a database of its own and the suite's broker (it consumes
     * partner.events and customer.events from the beginning); ready when this returns, stopped with the suite. Only
     * the tests that need it start it.
     */
    ServiceProcess startBillingGateway() {
        return startBillingGateway(Map.of());
    }

    /** As {@link #startBillingGateway()}, with {@code settings} (environment variables of its README) on top. */
    ServiceProcess startBillingGateway(Map<String, String> settings) {
        billingDatabase = partnerDatabase.sibling("pc_suite_billing_" + System.nanoTime());
        Map<String, String> environment = environment(billingDatabase, bootstrapServers, oidcServerUrl);
        // the packaged jar (prod profile) refuses to start without them; dev-only keys, never for real data
        environment.put("IDEMPOTENCY_FINGERPRINT_KEY", "suite-tests-key-not-secret");
        environment.put("WITHDRAWAL_BANK_ACCOUNT_HASH_KEY", "suite-tests-key-not-secret");
        environment.putAll(settings);
        ServiceProcess billing = launch(ServiceProcess.start("billing-gateway", runner("billing-gateway"),
                environment, tokenSettings, logDir));
        billing.awaitReady(STARTUP);
        return billing;
    }

    /**
     * Kills the service (SIGKILL) and starts it again on the same port, database and broker
     * ({@link ServiceProcess#killAndRestart()}); the new process is stopped with the suite. Not ready when this
     * returns.
     */
    ServiceProcess killAndRestart(ServiceProcess service) {
        services.remove(service);
        return launch(service.killAndRestart());
    }

    /** billing-gateway's own database (after {@link #startBillingGateway}), read by tests to check the ledger. */
    Database billingDatabase() {
        return billingDatabase;
    }

    /** partner-service's own database, read by tests only to show what its outbox holds. */
    Database partnerDatabase() {
        return partnerDatabase;
    }

    /** customer-service's own database, read by tests only to show what its projection holds. */
    Database customerDatabase() {
        return customerDatabase;
    }

    private void startEverything() {
        Path partnerRunner = runner("partner-service");
        customerRunner = runner("customer-service");
        // a JVM that ends without close() (failsafe timeout, Ctrl-C) must not leave services running
        Runtime.getRuntime().addShutdownHook(killServicesOnExit);
        started.push(() -> Runtime.getRuntime().removeShutdownHook(killServicesOnExit));

        PostgresResource postgres = new PostgresResource();
        KafkaBrokerResource kafka = new KafkaBrokerResource();
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        List<Map<String, String>> config = startSideBySide(postgres, kafka, oidc);

        Map<String, String> postgresConfig = config.get(0);
        partnerDatabase = new Database(postgresConfig.get("quarkus.datasource.jdbc.url"),
                postgresConfig.get("quarkus.datasource.username"), postgresConfig.get("quarkus.datasource.password"));
        customerDatabase = partnerDatabase.sibling("pc_suite_customer_" + System.nanoTime());
        bootstrapServers = config.get(1).get("kafka.bootstrap.servers");
        // topics exist before the services start, as in production: consumers join once, without auto-creation
        try (KafkaCompanion topics = KafkaBrokerResource.companion()) {
            for (String topic : List.of("partner.events", "partner.events.dlq", "customer.events",
                    "customer.events.dlq", "billing.events", "billing.events.dlq", "incentive.events")) {
                topics.topics().createAndWait(topic, 3, Duration.ofSeconds(30));
            }
        }
        oidcServerUrl = config.get(2).get("keycloak.url") + "/realms/quarkus/";

        logDir = Path.of(System.getProperty("suite.log-dir", "target/suite-logs"));
        tokenSettings = Map.of("quarkus.oidc.token.issuer", Tokens.ISSUER);

        Map<String, String> partnerEnvironment = environment(partnerDatabase, bootstrapServers, oidcServerUrl);
        // e-mail binding codes are kept in the dev outbox (GET /dev/outbox) instead of being sent, as on the local stack
        partnerEnvironment.put("DEV_OUTBOX_ENABLED", "true");
        // the packaged jars (prod profile) refuse to start without it; a dev-only key, never for real data
        partnerEnvironment.put("IDEMPOTENCY_FINGERPRINT_KEY", "suite-tests-key-not-secret");
        partnerService = launch(ServiceProcess.start("partner-service",
                partnerRunner, partnerEnvironment, tokenSettings, logDir));
        customerEnvironment = environment(customerDatabase, bootstrapServers, oidcServerUrl);
        // the packaged jar (prod profile) refuses to start without it; a dev-only key, never for real ID numbers
        customerEnvironment.put("REALNAME_ID_NUMBER_HASH_KEY", "suite-tests-key-not-secret");
        customerEnvironment.put("IDEMPOTENCY_FINGERPRINT_KEY", "suite-tests-key-not-secret");
        // the packaged jar looks real-name attachments up in OBS and refuses to start without an OBS key: none here
        customerEnvironment.put("REALNAME_ATTACHMENT_STORE", "none");
        customerService = launch(ServiceProcess.start("customer-service",
                customerRunner, customerEnvironment, tokenSettings, logDir));
        partnerService.awaitReady(STARTUP);
        customerService.awaitReady(STARTUP);
    }

    /**
     * Starts the in-JVM servers at the same time (each takes seconds, mostly waiting). Every one that started is
     * stopped by {@link #close()}, also when another one failed.
     */
    private List<Map<String, String>> startSideBySide(QuarkusTestResourceLifecycleManager... servers) {
        ExecutorService starter = Executors.newFixedThreadPool(servers.length);
        try {
            List<Future<Map<String, String>>> starts = new ArrayList<>();
            for (QuarkusTestResourceLifecycleManager server : servers) {
                starts.add(starter.submit(server::start));
            }
            List<Map<String, String>> configs = new ArrayList<>();
            RuntimeException failure = null;
            for (int i = 0; i < servers.length; i++) {
                try {
                    configs.add(starts.get(i).get());
                    started.push(servers[i]::stop);
                } catch (ExecutionException e) {
                    RuntimeException cause = new IllegalStateException(
                            servers[i].getClass().getSimpleName() + " did not start", e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting the suite", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return configs;
        } finally {
            starter.shutdown();
        }
    }

    private ServiceProcess launch(ServiceProcess service) {
        services.add(service);
        started.push(service);
        return service;
    }

    private static Map<String, String> environment(Database database, String bootstrapServers, String oidcServerUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_JDBC_URL", database.url());
        environment.put("DB_REACTIVE_URL", database.url().replaceFirst("^jdbc:", ""));
        environment.put("DB_USERNAME", database.username());
        environment.put("DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("OIDC_AUTH_SERVER_URL", oidcServerUrl);
        return environment;
    }

    /** The service's packaged runner jar; checked before anything starts. */
    private static Path runner(String service) {
        String location = System.getProperty("suite." + service + ".runner");
        if (location == null) {
            throw new IllegalStateException("system property suite." + service + ".runner is not set: run the suite "
                    + "through Maven (mvn -B -ntp verify -pl suite-tests -am)");
        }
        Path runner = Path.of(location);
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException(service + " is not packaged: " + runner + " does not exist. Build the "
                    + "services with the suite, from the repository root: mvn -B -ntp verify -pl suite-tests -am");
        }
        return runner;
    }

    /** Stops the services first (they still flush to the broker and database), then the infrastructure. */
    @Override
    public void close() {
        // both services shut down at the same time; each close() below then waits for its own
        services.forEach(ServiceProcess::requestStop);
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("the suite did not stop cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
