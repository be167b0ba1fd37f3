package com.acmecloud.partnercenter.platform.events.consumer;

import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ValidationException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Retries a consumer's processing of one event while it fails for a passing reason, with exponential backoff
 * ({@link ConsumerRetryConfig}); permanent failures ({@link UndecodableEventException}, validation) fail at
 * once, so the Kafka failure strategy sends them to the dead-letter topic without delay. Each retry runs on the
 * Vert.x context of the first attempt (Hibernate Reactive needs it); the wait is a Vert.x timer, no thread
 * sleeps. Every retry counts in {@code events_consumer_retries_total{consumer}}.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final ConsumerRetryConfig config;
    private final Vertx vertx;
    private final MeterRegistry registry;

    ConsumerRetry(ConsumerRetryConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        this.registry = registry;
    }

    /**
     * @param consumer the consumer's name (metric tag, log)
     * @param work     one attempt; called again for each retry
     */
    public <T> Uni<T> transientFailures(String consumer, Supplier<Uni<T>> work) {
        Counter retries = Counter.builder("events.consumer.retries")
                .description("Retries of events whose processing failed for a passing reason")
                .tag("consumer", consumer)
                .register(registry);
        return Uni.createFrom().deferred(() -> {
            long deadline = System.nanoTime() + config.maxDuration().toNanos();
            return attempt(consumer, work, 1, config.initialBackoff(), deadline, retries);
        });
    }

    private <T> Uni<T> attempt(String consumer, Supplier<Uni<T>> work, int attempt, Duration backoff, long deadline,
                               Counter retries) {
        return Uni.createFrom().<T>deferred(() -> work.get())
                .onFailure(ConsumerRetry::isTransient).recoverWithUni(failure -> {
                    if (System.nanoTime() + backoff.toNanos() > deadline) {
                        LOG.errorf("%s: giving up after %d attempts: %s", consumer, attempt, failure.getMessage());
                        return Uni.createFrom().failure(failure);
                    }
                    LOG.warnf("%s: attempt %d failed, retrying in %d ms: %s", consumer, attempt, backoff.toMillis(),
                            failure.getMessage());
                    retries.increment();
                    Duration next = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                            ? config.maxBackoff() : backoff.multipliedBy(2);
                    return wait(backoff).chain(() -> attempt(consumer, work, attempt + 1, next, deadline, retries));
                });
    }

    /** Completes after the delay, on the Vert.x context of the caller (if any). */
    private Uni<Void> wait(Duration delay) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
                if (context == null) {
                    emitter.complete(null);
                } else {
                    context.runOnContext(ignored -> emitter.complete(null));
                }
            });
        });
    }

    /** Anything but an undecodable or invalid event may pass: the database or the network may come back. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UndecodableEventException || cause instanceof ValidationException) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return true;
    }
}
