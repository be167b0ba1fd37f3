package com.acmecloud.partnercenter.incentive.associations.events;

import com.acmecloud.partnercenter.incentive.associations.service.AssociationHistory;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code association_period} from {@code customer.events}: each event applied once (its id recorded in the
 * same transaction), transient failures retried with backoff, undecodable or invalid messages to
 * {@code customer.events.dlq} at once.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    public static final String CONSUMER = "incentive-service.customer-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final AssociationHistory history;
    private final ConsumerRetry retry;

    CustomerEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, AssociationHistory history,
                           ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.history = history;
        this.retry = retry;
    }

    @Incoming("customer-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, history::apply)))
                .replaceWithVoid();
    }
}
