package com.acmecloud.partnercenter.partner;

import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A downstream consumer of partner.events built only from the shared consumer support, as customer-service
 * will be: decode, apply once per event id, retry transient failures, dead-letter the rest. It counts how
 * often its "projection" saw each event so tests can prove exactly-once effects.
 */
@ApplicationScoped
public class PartnerEventsProbe {

    public static final String CONSUMER = "partner-events-probe";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

    PartnerEventsProbe(CloudEventCodec codec, IdempotentProcessor processor) {
        this.codec = codec;
        this.processor = processor;
    }

    @Incoming("partner-events-probe")
    @Retry(maxRetries = 2, delay = 100, abortOn = UndecodableEventException.class)
    public Uni<Void> consume(String message) {
        return Uni.createFrom().item(() -> codec.decode(message))
                .chain(event -> processor.processOnce(CONSUMER, event, e -> Uni.createFrom().item(
                        () -> applied.computeIfAbsent(e.id(), id -> new AtomicInteger()).incrementAndGet())))
                .replaceWithVoid();
    }

    public int timesApplied(String eventId) {
        AtomicInteger count = applied.get(eventId);
        return count == null ? 0 : count.get();
    }
}
