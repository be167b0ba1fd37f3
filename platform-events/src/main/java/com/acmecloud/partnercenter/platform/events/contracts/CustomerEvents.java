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
    /** A partner registered (报备) a prospect: exclusive rights until {@code expiresAt}. */
    public static final EventType<DealRegistered> DEAL_REGISTERED =
            new EventType<>("customer.deal_registered", 1, TOPIC, DealRegistered.class);
    /** The partner withdrew its registration. */
    public static final EventType<DealRegistrationClosed> DEAL_REGISTRATION_WITHDRAWN =
            new EventType<>("customer.deal_registration_withdrawn", 1, TOPIC, DealRegistrationClosed.class);
    /** A registration of an existing account ran out unconverted. */
    public static final EventType<DealRegistrationClosed> DEAL_REGISTRATION_EXPIRED =
            new EventType<>("customer.deal_registration_expired", 1, TOPIC, DealRegistrationClosed.class);
    /** A no-account registration ran out unconverted: the prospect went to the public pool (公海池). */
    public static final EventType<DealRegistrationClosed> DEAL_REGISTRATION_RELEASED =
            new EventType<>("customer.deal_registration_released", 1, TOPIC, DealRegistrationClosed.class);
    /** A partner issued an invitation link (online or offline / QR code) to a registered prospect. */
    public static final EventType<InvitationIssued> INVITATION_ISSUED =
            new EventType<>("customer.invitation_issued", 1, TOPIC, InvitationIssued.class);
    /** A customer accepted an invitation and is now associated: the partner's notification (seed FAQ). */
    public static final EventType<InvitationAccepted> INVITATION_ACCEPTED =
            new EventType<>("customer.invitation_accepted", 1, TOPIC, InvitationAccepted.class);
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
    /**
     * {@code customerId} for a registration of an existing account, else null and the prospect is known by
     * {@code maskedMobilePhone} / {@code maskedEmail} (138****1234, a***@example.com; events never carry the full
     * contact). {@code poolProspectId}: the public-pool entry this registration took, else null.
     */
    public record DealRegistered(String partnerId, String registrationId, String distributorId, String customerId,
                                 String maskedMobilePhone, String maskedEmail, String registeredBy,
                                 Instant registeredAt, Instant expiresAt, String poolProspectId) {
    }

    /**
     * {@code status}: WITHDRAWN, EXPIRED or RELEASED. {@code poolProspectId}: the public-pool entry a released
     * prospect became, else null. {@code closedBy}: the partner user, or the job's name.
     */
    public record DealRegistrationClosed(String partnerId, String registrationId, String distributorId,
                                         String customerId, String status, String poolProspectId, String closedBy,
                                         Instant closedAt) {
    }

    /** {@code channel}: ONLINE (expires at {@code expiresAt}) or OFFLINE (no expiry, null). Never the code. */
    public record InvitationIssued(String partnerId, String invitationId, String registrationId,
                                   String distributorId, String channel, int associationType, String issuedBy,
                                   Instant issuedAt, Instant expiresAt) {
    }

    /**
     * {@code newAccount}: the customer signed up through the invitation. Published in the same transaction as
     * {@code customer.associated.v1}.
     */
    public record InvitationAccepted(String partnerId, String invitationId, String registrationId,
                                     String distributorId, String customerId, String domainName, String channel,
                                     int associationType, boolean newAccount, String acceptedBy,
                                     Instant acceptedAt) {
    }

    // --- end deals event records

    // --- begin lifecycle event records
    // --- end lifecycle event records

    // --- begin realname event records
    // --- end realname event records
}
