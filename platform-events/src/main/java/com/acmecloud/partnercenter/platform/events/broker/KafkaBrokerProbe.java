package com.acmecloud.partnercenter.platform.events.broker;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Asks the Kafka broker for its cluster description every {@code partnercenter.kafka-probe.interval} and
 * exports the answer as the gauge {@code kafka_broker_reachable} (1 reachable, 0 not, NaN before the first
 * probe) and the wellness check {@code kafka-broker} ({@code /q/health/well}).
 *
 * <p>Deliberately not readiness: serving a request needs only the database (the outbox absorbs the writes
 * while the broker is away, and the consumers resume where they stopped), so a broker outage must not take
 * every replica out of the Service. It is an alert instead (deploy/base/common/prometheusrule.yaml). Runs on a
 * scheduler worker thread: the admin client blocks while it waits.
 */
@Startup
@ApplicationScoped
public class KafkaBrokerProbe {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProbe.class);

    /** The broker as last seen: reachable (null before the first probe) and why not. */
    public record State(Boolean reachable, String error) {
    }

    private final Admin admin;
    private final KafkaProbeConfig config;
    private volatile State state = new State(null, null);

    KafkaBrokerProbe(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaProbeConfig config,
                     @ConfigProperty(name = "quarkus.application.name") String application, MeterRegistry registry) {
        this.config = config;
        int timeout = (int) config.timeout().toMillis();
        Map<String, Object> settings = new HashMap<>();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "broker-probe-" + application);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, (int) Duration.ofSeconds(1).toMillis());
        this.admin = Admin.create(settings);
        Gauge.builder("kafka.broker.reachable", this, probe -> {
                    Boolean reachable = probe.state.reachable();
                    return reachable == null ? Double.NaN : reachable ? 1 : 0;
                })
                .description("1 if the Kafka broker answered the last probe, 0 if not (events wait in the outbox)")
                .register(registry);
    }

    @Scheduled(identity = "kafka-broker-probe", every = "${partnercenter.kafka-probe.interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        long timeout = config.timeout().toMillis();
        State now;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout))
                    .nodes().get(timeout + 1_000, TimeUnit.MILLISECONDS);
            now = new State(true, null);
        } catch (ExecutionException e) {
            now = new State(false, String.valueOf((e.getCause() != null ? e.getCause() : e).getMessage()));
        } catch (TimeoutException e) {
            now = new State(false, "no answer within " + timeout + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!Boolean.valueOf(now.reachable()).equals(state.reachable())) {
            if (now.reachable()) {
                LOG.info("Kafka broker reachable");
            } else {
                LOG.warnf("Kafka broker unreachable (the API keeps serving; events wait in the outbox): %s", now.error());
            }
        }
        state = now;
    }

    public State state() {
        return state;
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
