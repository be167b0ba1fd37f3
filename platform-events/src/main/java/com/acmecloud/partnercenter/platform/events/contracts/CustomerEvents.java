package com.acmecloud.partnercenter.platform.events.contracts;

import java.time.Instant;

/** Contracts of topic {@code customer.events}, published by customer-service. Key: partner id. */
public final class CustomerEvents {

    public static final String TOPIC = "customer.events";

    /** A customer account was created through the API for a partner (domain rule 16: created synchronously). */
    public static final EventType<SubCustomerCreated> SUB_CUSTOMER_CREATED =
            new EventType<>("customer.sub_customer_created", 1, TOPIC, SubCustomerCreated.class);
    /** A customer was associated with a partner (referral or resale). */
    public static final EventType<CustomerAssociated> CUSTOMER_ASSOCIATED =
            new EventType<>("customer.associated", 1, TOPIC, CustomerAssociated.class);
    // --- begin core event types
    // --- end core event types
    // --- begin deals event types
    // --- end deals event types
    // --- begin lifecycle event types
    // --- end lifecycle event types
    // --- begin realname event types
    // --- end realname event types

    private CustomerEvents() {
    }

    /**
     * {@code partnerId} is the partner the customer belongs to (the reseller when a distributor created it);
     * {@code distributorId} is the distributor that created it for that reseller, else null.
     */
    public record SubCustomerCreated(String partnerId, String customerId, String domainName, String xaccountId,
                                     String xaccountType, String distributorId, String createdBy,
                                     Instant createdAt) {
    }

    /**
     * {@code associationType}: 1 = referral (顾问销售), 2 = resale (代售). {@code distributorId} as in
     * {@link SubCustomerCreated}.
     */
    public record CustomerAssociated(String partnerId, String customerId, int associationType, String distributorId,
                                     Instant associatedOn) {
    }

    // --- begin core event records
    // --- end core event records

    // --- begin deals event records
    // --- end deals event records

    // --- begin lifecycle event records
    // --- end lifecycle event records

    // --- begin realname event records
    // --- end realname event records
}
