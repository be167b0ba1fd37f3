package com.acmecloud.partnercenter.platform.events.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Listens on the {@code outbox_event} channel, which the outbox insert trigger notifies when a writing
 * transaction commits, and wakes the relay: events leave in milliseconds instead of at the next poll.
 * The listening connection reconnects by itself; while it is down the relay's poll still drains the outbox.
 */
@ApplicationScoped
class OutboxWakeUp {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private static final long RECONNECT_DELAY_MS = 1_000;

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final PgConnectOptions options;
    private volatile PgSubscriber subscriber;
    private volatile boolean stopping;

    OutboxWakeUp(Vertx vertx, OutboxRelay relay,
                 @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                 @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.relay = relay;
        this.options = PgConnectOptions.fromUri(url.split(",")[0].trim().replaceFirst("^vertx-reactive:", ""));
        options.setMetricsName("outbox-wake-up"); // its own name: the pool's gauges are registered under the default one
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
    }

    void start(@Observes StartupEvent startup) {
        PgSubscriber listener = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> stopping ? -1L : RECONNECT_DELAY_MS);
        listener.channel(CHANNEL).handler(ignored -> relay.wake());
        subscriber = listener;
        connect();
    }

    private void connect() {
        subscriber.connect().subscribe().with(
                connected -> relay.wake(),
                failure -> {
                    LOG.warnf("Outbox wake-up listener not connected, retrying (the poll still runs): %s",
                            failure.getMessage());
                    if (!stopping) {
                        vertx.setTimer(RECONNECT_DELAY_MS, id -> connect());
                    }
                });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }
}
