package com.acmecloud.partnercenter.customer.partners.events;

import com.acmecloud.partnercenter.customer.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code partner_projection} from {@code partner.events}: each event applied once (its id recorded in the
 * same transaction), transient failures retried, undecodable messages sent to {@code partner.events.dlq}.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    public static final String CONSUMER = "customer-service";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final PartnerProjectionService projection;

    PartnerEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, PartnerProjectionService projection) {
        this.codec = codec;
        this.processor = processor;
        this.projection = projection;
    }

    @Incoming("partner-events")
    @Retry(maxRetries = 2, delay = 100, abortOn = UndecodableEventException.class)
    public Uni<Void> consume(String message) {
        return Uni.createFrom().item(() -> codec.decode(message))
                .chain(event -> processor.processOnce(CONSUMER, event, projection::apply))
                .replaceWithVoid();
    }
}
