package com.acmecloud.partnercenter.customer.billing.events;

import com.acmecloud.partnercenter.customer.accountfacts.service.AccountFactsProjection;
import com.acmecloud.partnercenter.customer.billing.service.BillingFreezeRequests;
import com.acmecloud.partnercenter.platform.events.consumer.ConsumerRetry;
import com.acmecloud.partnercenter.platform.events.consumer.IdempotentProcessor;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies billing-gateway's freeze and unfreeze requests from {@code billing.events} (rule 13) and keeps the account
 * facts it publishes (arrears, cash spending: the accountfacts feature, rules 10, 11, 28): each event applied once
 * (its id recorded in the same transaction as the freeze and the facts), transient failures retried with backoff,
 * undecodable or invalid messages to {@code billing.events.dlq} at once. One channel and one consumer group per
 * topic (the service's own group, deploy/base/kafka/users.yaml): two channels of one group would split the partitions.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    public static final String CONSUMER = "customer-service.billing-events";

    private final CloudEventCodec codec;
    private final IdempotentProcessor processor;
    private final BillingFreezeRequests freezeRequests;
    private final AccountFactsProjection accountFacts;
    private final ConsumerRetry retry;

    BillingEventsConsumer(CloudEventCodec codec, IdempotentProcessor processor, BillingFreezeRequests freezeRequests,
                          AccountFactsProjection accountFacts, ConsumerRetry retry) {
        this.codec = codec;
        this.processor = processor;
        this.freezeRequests = freezeRequests;
        this.accountFacts = accountFacts;
        this.retry = retry;
    }

    @Incoming("billing-events")
    public Uni<Void> consume(String message) {
        return retry.transientFailures(CONSUMER, () -> Uni.createFrom().item(() -> codec.decode(message))
                        .chain(event -> processor.processOnce(CONSUMER, event,
                                e -> freezeRequests.apply(e).chain(() -> accountFacts.apply(e)))))
                .replaceWithVoid();
    }
}
