package com.acmecloud.partnercenter.partner.accountfacts.events;

import com.acmecloud.partnercenter.partner.accountfacts.service.PartnerCashProjection;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Projects billing-gateway's partner cash facts from {@code billing.events} (rule 4): each event applied once (its id
 * recorded in the same transaction as the projection), transient failures retried with backoff, undecodable or
 * invalid messages to {@code billing.events.dlq} at once.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    public static final String CONSUMER = "partner-service.billing-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final PartnerCashProjection projection;
    private final ConsumerRetry retry;

    BillingEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, PartnerCashProjection projection,
                          ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.projection = projection;
        this.retry = retry;
    }

    @Incoming("billing-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, projection::apply)))
                .replaceWithVoid();
    }
}
