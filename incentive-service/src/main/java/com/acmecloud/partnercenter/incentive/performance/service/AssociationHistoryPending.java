package com.acmecloud.partnercenter.incentive.performance.service;

/**
 * A consumption event names a customer whose association history has not arrived yet (customer.events and
 * billing.events are separate topics). A passing failure: the consumer retries it with backoff
 * ({@code ConsumerRetry}) until the history is there, and dead-letters it only after the retry budget.
 */
public class AssociationHistoryPending extends RuntimeException {

    public AssociationHistoryPending(String customerId) {
        super("no association history yet for customer " + customerId, null, false, false);
    }
}
