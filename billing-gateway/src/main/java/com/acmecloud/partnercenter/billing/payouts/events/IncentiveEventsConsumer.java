package com.acmecloud.partnercenter.billing.payouts.events;

import com.acmecloud.partnercenter.billing.payouts.service.PayoutService;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Settles incentive payouts from {@code incentive.events}: each event applied once (its id recorded in the same
 * transaction as the payout and its ledger movement), each payout id settled once, transient failures retried with
 * backoff, undecodable or invalid messages to {@code incentive.events.dlq} at once.
 */
@ApplicationScoped
public class IncentiveEventsConsumer {

    public static final String CONSUMER = "billing-gateway.incentive-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final PayoutService payouts;
    private final ConsumerRetry retry;

    IncentiveEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, PayoutService payouts,
                            ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.payouts = payouts;
        this.retry = retry;
    }

    @Incoming("incentive-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event, payouts::apply)))
                .replaceWithVoid();
    }
}
