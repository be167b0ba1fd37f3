package com.acmecloud.partnercenter.billing.customers.service;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import io.smallrye.mutiny.Uni;

/**
 * A feature that reacts to {@code customer.events} besides the projection (coupons reclaim on disassociation). Called
 * by {@code CustomerEventsConsumer} after {@link CustomerProjectionService#apply}, inside the same idempotent
 * transaction: what it writes commits with the event id, so a redelivered event reaches it never again.
 */
public interface CustomerEventListener {

    Uni<Void> onCustomerEvent(CloudEvent event);
}
