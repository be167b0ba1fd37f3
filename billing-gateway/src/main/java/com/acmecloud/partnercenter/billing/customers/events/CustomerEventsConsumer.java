package com.acmecloud.partnercenter.billing.customers.events;

import com.acmecloud.partnercenter.billing.customers.service.CustomerEventListener;
import com.acmecloud.partnercenter.billing.customers.service.CustomerProjectionService;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code customer_projection} and the resale customers' accounts from {@code customer.events}, and runs the
 * unbind reclaims they call for: each event applied once (its id recorded in the same transaction as the projection
 * and the money), transient failures retried with backoff, undecodable or invalid messages to
 * {@code customer.events.dlq} at once.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    public static final String CONSUMER = "billing-gateway.customer-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final CustomerProjectionService projection;
    private final ConsumerRetry retry;
    private final List<CustomerEventListener> listeners;

    CustomerEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, CustomerProjectionService projection,
                           ConsumerRetry retry, Instance<CustomerEventListener> listeners) {
        this.codec = codec;
        this.processor = processor;
        this.projection = projection;
        this.retry = retry;
        this.listeners = listeners.stream().toList();
    }

    @Incoming("customer-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, this::apply)))
                .replaceWithVoid();
    }

    /** The projection first, then the features listening (coupons), all in the processor's transaction. */
    private Uni<Void> apply(CloudEvent event) {
        Uni<Void> applied = projection.apply(event);
        for (CustomerEventListener listener : listeners) {
            applied = applied.chain(() -> listener.onCustomerEvent(event));
        }
        return applied;
    }
}
