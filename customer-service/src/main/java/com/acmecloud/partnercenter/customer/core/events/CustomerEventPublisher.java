package com.acmecloud.partnercenter.customer.core.events;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns customer state changes into {@code customer.events} through the outbox (same transaction). */
@ApplicationScoped
public class CustomerEventPublisher {

    private final OutboxWriter outbox;

    CustomerEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Key: the partner the customer is associated with. */
    public Uni<Void> subCustomerCreated(SubCustomer customer) {
        return outbox.append(CustomerEvents.SUB_CUSTOMER_CREATED, customer.partnerId, customer.customerId,
                new CustomerEvents.SubCustomerCreated(customer.partnerId, customer.customerId, customer.domainName,
                        customer.xaccountId, customer.xaccountType, customer.distributorId, customer.createdBy,
                        customer.createdAt))
                .replaceWithVoid();
    }

    public Uni<Void> associated(SubCustomer customer) {
        return outbox.append(CustomerEvents.CUSTOMER_ASSOCIATED, customer.partnerId, customer.customerId,
                new CustomerEvents.CustomerAssociated(customer.partnerId, customer.customerId,
                        customer.associationType, customer.distributorId, customer.associatedOn))
                .replaceWithVoid();
    }
}
