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
    // Deal registrations, public pool, invitations event types
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
    /**
     * The partner created the customer account of its no-account registration's mobile number through
     * {@code POST /v2/partners/sub-customers} (conversion by an invitation is told by {@link #INVITATION_ACCEPTED}).
     */
    public static final EventType<DealRegistrationClosed> DEAL_REGISTRATION_CONVERTED =
            new EventType<>("customer.deal_registration_converted", 1, TOPIC, DealRegistrationClosed.class);
    /** A partner issued an invitation link (online or offline / QR code) to a registered prospect. */
    public static final EventType<InvitationIssued> INVITATION_ISSUED =
            new EventType<>("customer.invitation_issued", 1, TOPIC, InvitationIssued.class);
    /** A customer accepted an invitation and is now associated: the partner's notification (seed FAQ). */
    public static final EventType<InvitationAccepted> INVITATION_ACCEPTED =
            new EventType<>("customer.invitation_accepted", 1, TOPIC, InvitationAccepted.class);
    // Association lifecycle and freezing event types
    /** A partner asked to switch a customer's association type; the customer must confirm or reject it. */
    public static final EventType<AssociationTypeChangeRequested> ASSOCIATION_TYPE_CHANGE_REQUESTED =
            new EventType<>("customer.association_type_change_requested", 1, TOPIC,
                    AssociationTypeChangeRequested.class);
    /** A type-switch request was closed: confirmed, rejected, cancelled by the partner, or expired. */
    public static final EventType<AssociationTypeChangeDecided> ASSOCIATION_TYPE_CHANGE_DECIDED =
            new EventType<>("customer.association_type_change_decided", 1, TOPIC, AssociationTypeChangeDecided.class);
    /** The customer's association type changed (rule 29): billing reclaims what the old mode requires. */
    public static final EventType<AssociationTypeChanged> ASSOCIATION_TYPE_CHANGED =
            new EventType<>("customer.association_type_changed", 1, TOPIC, AssociationTypeChanged.class);
    /** The association ended (rule 30): billing runs the unbind reclaim for resale customers. */
    public static final EventType<CustomerDisassociated> CUSTOMER_DISASSOCIATED =
            new EventType<>("customer.disassociated", 1, TOPIC, CustomerDisassociated.class);
    /** The partner froze a resale customer's account (or account and resources). */
    public static final EventType<CustomerFrozen> CUSTOMER_FROZEN =
            new EventType<>("customer.frozen", 1, TOPIC, CustomerFrozen.class);
    /** The partner unfroze a resale customer. */
    public static final EventType<CustomerUnfrozen> CUSTOMER_UNFROZEN =
            new EventType<>("customer.unfrozen", 1, TOPIC, CustomerUnfrozen.class);
    // Customer real-name authentication and privacy consent event types
    /** A customer's consent to the privacy statement was recorded (seed 16 / rule 22). */
    public static final EventType<PrivacyConsentRecorded> PRIVACY_CONSENT_RECORDED =
            new EventType<>("customer.privacy_consent_recorded", 1, TOPIC, PrivacyConsentRecorded.class);
    /** A partner submitted a customer's real-name authentication; it waits for an operator's review (rule 52). */
    public static final EventType<RealNameSubmitted> REALNAME_SUBMITTED =
            new EventType<>("customer.realname_submitted", 1, TOPIC, RealNameSubmitted.class);
    /** An operator approved or rejected a customer's real-name submission (rules 52, 55). */
    public static final EventType<RealNameReviewed> REALNAME_REVIEWED =
            new EventType<>("customer.realname_reviewed", 1, TOPIC, RealNameReviewed.class);

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

    // Deal registrations, public pool, invitations events
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
     * {@code status}: WITHDRAWN, EXPIRED, RELEASED or CONVERTED ({@code customerId} is then the created account).
     * {@code poolProspectId}: the public-pool entry a released
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


    // Association lifecycle and freezing events

    /** Coupon record operation types (Huawei) billing uses when it reclaims partner-issued coupons. */
    public static final int COUPON_UNBIND_RECLAIM = 3;
    public static final int COUPON_MODE_SWITCH_RECLAIM = 8;

    /** {@code previousType} / {@code associationType}: the current and the requested type (1 referral, 2 resale). */
    public record AssociationTypeChangeRequested(String requestId, String partnerId, String customerId,
                                                 String distributorId, int previousType, int associationType,
                                                 String requestedBy, Instant requestedAt, Instant expiresAt) {
    }

    /** {@code status}: CONFIRMED, REJECTED (customer), CANCELLED (partner) or EXPIRED ({@code decidedBy} "system"). */
    public record AssociationTypeChangeDecided(String requestId, String partnerId, String customerId, String status,
                                               String decidedBy, Instant decidedAt) {
    }

    /**
     * {@code reclaim} is always {@code MODE_SWITCH_RECLAIM}: partner-issued coupons return to the partner
     * ({@code couponReclaimOperationType} 8). {@code unbindReclaim}: the customer leaves resale, so the unspent
     * allocation returns to the partner (BEUNBIND). {@code customerBalanceLocked}: the customer enters resale, so its
     * own cash balance stays but cannot be spent (withdrawal only).
     */
    public record AssociationTypeChanged(String partnerId, String customerId, String distributorId, int previousType,
                                         int associationType, String requestId, String requestedBy,
                                         String confirmedBy, Instant changedAt, String reclaim,
                                         int couponReclaimOperationType, boolean unbindReclaim,
                                         boolean customerBalanceLocked) {
    }

    /**
     * {@code associationType} is the type that ended; {@code initiatedBy} PARTNER or CUSTOMER, {@code actor} who.
     * {@code unbindReclaim} (resale only): billing reclaims the unspent allocation (BEUNBIND) and raises a grace
     * period under 7 days to 7 (rule 14). Partner-issued coupons are reclaimed ({@code couponReclaimOperationType} 3).
     */
    public record CustomerDisassociated(String partnerId, String customerId, String distributorId,
                                        int associationType, String initiatedBy, String actor, String reason,
                                        Instant disassociatedAt, boolean unbindReclaim,
                                        int couponReclaimOperationType) {
    }

    /** {@code freezeType}: ACCOUNT or ACCOUNT_AND_RESOURCE ({@code is_frozen} 1 or 2). */
    public record CustomerFrozen(String partnerId, String customerId, String distributorId, String freezeType,
                                 String reason, String frozenBy, Instant frozenAt) {
    }

    public record CustomerUnfrozen(String partnerId, String customerId, String distributorId, String unfreezeType,
                                   String reason, String unfrozenBy, Instant unfrozenAt) {
    }

    // Customer real-name authentication and privacy consent events
    /**
     * {@code recordedVia}: {@code CUSTOMER} (the customer's own token) or {@code PARTNER} (collected on the partner's
     * sign-up page); {@code consentedAt} is when the customer consented, {@code recordedAt} when it was recorded.
     */
    public record PrivacyConsentRecorded(String partnerId, String customerId, String consentId, String textVersion,
                                         Instant consentedAt, String recordedVia, String recordedBy,
                                         Instant recordedAt) {
    }

    /**
     * {@code authType}: {@code INDIVIDUAL} or {@code ENTERPRISE}; {@code changeType}: -1 new, 1 individual to
     * enterprise. Never the ID number, the file paths or the names.
     */
    public record RealNameSubmitted(String partnerId, String customerId, String authId, String authType,
                                    int identifyType, int changeType, String submittedBy, Instant submittedAt) {
    }

    /**
     * {@code reviewResult}: 1 rejected, 2 approved. {@code verifiedStatus} and {@code customerType} are the customer's
     * state afterwards (rule 55); {@code verifiedName} is the verified person or company name (null unless
     * approved), which billing needs to match withdrawal accounts (rule 41).
     */
    public record RealNameReviewed(String partnerId, String customerId, String authId, String authType,
                                   int reviewResult, String opinion, int verifiedStatus, int customerType,
                                   String verifiedName, String reviewedBy, Instant reviewedAt) {
    }
}
