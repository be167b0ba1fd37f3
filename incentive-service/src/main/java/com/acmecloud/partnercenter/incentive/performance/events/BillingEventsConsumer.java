package com.acmecloud.partnercenter.incentive.performance.events;

import com.acmecloud.partnercenter.incentive.performance.service.BillingEventsApplier;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps performance entries and closed months from {@code billing.events}: each event applied once (its id recorded
 * in the same transaction), transient failures — including a customer whose association history has not arrived yet —
 * retried with backoff, undecodable or invalid messages to {@code billing.events.dlq} at once.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    public static final String CONSUMER = "incentive-service.billing-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final BillingEventsApplier applier;
    private final ConsumerRetry retry;

    BillingEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, BillingEventsApplier applier,
                          ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.applier = applier;
        this.retry = retry;
    }

    @Incoming("billing-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, applier::apply)))
                .replaceWithVoid();
    }
}
