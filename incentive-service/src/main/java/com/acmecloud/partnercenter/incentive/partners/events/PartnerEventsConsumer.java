package com.acmecloud.partnercenter.incentive.partners.events;

import com.acmecloud.partnercenter.incentive.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code partner_projection} from {@code partner.events}: each event applied once (its id recorded in the same
 * transaction), transient failures retried with backoff, undecodable or invalid messages to
 * {@code partner.events.dlq} at once.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    public static final String CONSUMER = "incentive-service.partner-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final PartnerProjectionService projection;
    private final ConsumerRetry retry;

    PartnerEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, PartnerProjectionService projection,
                          ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.projection = projection;
        this.retry = retry;
    }

    @Incoming("partner-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, projection::apply)))
                .replaceWithVoid();
    }
}
