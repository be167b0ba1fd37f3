package com.acmecloud.partnercenter.billing.customers.service;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import io.smallrye.mutiny.Uni;

/**
 * Told when a customer becomes a resale customer of a partner (a resale association, or a switch to resale), inside
 * the transaction that applies the customer.events event. Features that react to it (budgets: rule 13's freeze until
 * a budget is set) implement it; the projection stays free of them.
 */
public interface ResaleAssociationListener {

    Uni<Void> resaleAssociationStarted(CustomerProjection customer);
}
