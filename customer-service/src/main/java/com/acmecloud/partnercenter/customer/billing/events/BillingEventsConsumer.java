package com.acmecloud.partnercenter.customer.billing.events;

import com.acmecloud.partnercenter.customer.billing.service.BillingFreezeRequests;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies billing-gateway's freeze and unfreeze requests from {@code billing.events} (rule 13): each event applied
 * once (its id recorded in the same transaction as the freeze), transient failures retried with backoff, undecodable
 * or invalid messages to {@code billing.events.dlq} at once.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    public static final String CONSUMER = "customer-service.billing-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final BillingFreezeRequests freezeRequests;
    private final ConsumerRetry retry;

    BillingEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, BillingFreezeRequests freezeRequests,
                          ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.freezeRequests = freezeRequests;
        this.retry = retry;
    }

    @Incoming("billing-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, freezeRequests::apply)))
                .replaceWithVoid();
    }
}
