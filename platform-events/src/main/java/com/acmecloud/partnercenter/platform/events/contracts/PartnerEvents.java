package com.acmecloud.partnercenter.platform.events.contracts;

import java.time.Instant;

/** Contracts of topic {@code partner.events}, published by partner-service. Key: partner id. */
public final class PartnerEvents {

    public static final String TOPIC = "partner.events";

    public static final EventType<PartnerRegistered> PARTNER_REGISTERED =
            new EventType<>("partner.registered", 1, TOPIC, PartnerRegistered.class);
    public static final EventType<RealNameSubmitted> REAL_NAME_SUBMITTED =
            new EventType<>("partner.real_name_submitted", 1, TOPIC, RealNameSubmitted.class);
    public static final EventType<RealNameReviewed> REAL_NAME_APPROVED =
            new EventType<>("partner.real_name_approved", 1, TOPIC, RealNameReviewed.class);
    public static final EventType<RealNameReviewed> REAL_NAME_REJECTED =
            new EventType<>("partner.real_name_rejected", 1, TOPIC, RealNameReviewed.class);
    public static final EventType<EmailBound> EMAIL_BOUND =
            new EventType<>("partner.email_bound", 1, TOPIC, EmailBound.class);
    public static final EventType<ProgramApplicationSubmitted> PROGRAM_APPLICATION_SUBMITTED =
            new EventType<>("program.application_submitted", 1, TOPIC, ProgramApplicationSubmitted.class);

    // Programs, certificates, partner status, distributors and resellers
    public static final EventType<ProgramApplicationReviewed> PROGRAM_APPLICATION_APPROVED =
            new EventType<>("program.application_approved", 1, TOPIC, ProgramApplicationReviewed.class);
    public static final EventType<ProgramApplicationReviewed> PROGRAM_APPLICATION_REJECTED =
            new EventType<>("program.application_rejected", 1, TOPIC, ProgramApplicationReviewed.class);
    public static final EventType<ProgramJoined> PROGRAM_JOINED =
            new EventType<>("program.joined", 1, TOPIC, ProgramJoined.class);
    public static final EventType<ProgramCertificateIssued> PROGRAM_CERTIFICATE_ISSUED =
            new EventType<>("program.certificate_issued", 1, TOPIC, ProgramCertificateIssued.class);
    public static final EventType<PartnerStatusChanged> PARTNER_STATUS_CHANGED =
            new EventType<>("partner.status_changed", 1, TOPIC, PartnerStatusChanged.class);
    /** An operator marked the partner a test account, or unmarked it (customer-service refuses test accounts). */
    public static final EventType<PartnerTestAccountChanged> PARTNER_TEST_ACCOUNT_CHANGED =
            new EventType<>("partner.test_account_changed", 1, TOPIC, PartnerTestAccountChanged.class);
    /**
     * Keyed by the reseller (indirect partner), so its moves between distributors stay in order. No longer published
     * (links need the reseller's consent: {@link #INDIRECT_PARTNER_LINK_ACCEPTED}); consumers still apply it for
     * events already on the topic.
     */
    public static final EventType<IndirectPartnerLinked> INDIRECT_PARTNER_LINKED =
            new EventType<>("indirect_partner.linked", 1, TOPIC, IndirectPartnerLinked.class);
    /** No longer published (replaced by {@link #INDIRECT_PARTNER_LINK_ENDED}); consumers still apply it. */
    public static final EventType<IndirectPartnerUnlinked> INDIRECT_PARTNER_UNLINKED =
            new EventType<>("indirect_partner.unlinked", 1, TOPIC, IndirectPartnerUnlinked.class);
    /** A distributor asked a cloud reseller to link; nothing is effective yet. Keyed by the reseller, like the rest. */
    public static final EventType<IndirectPartnerLinkRequested> INDIRECT_PARTNER_LINK_REQUESTED =
            new EventType<>("indirect_partner.link_requested", 1, TOPIC, IndirectPartnerLinkRequested.class);
    /** The reseller accepted: from now on the distributor acts for the reseller (projections set its distributor). */
    public static final EventType<IndirectPartnerLinkAccepted> INDIRECT_PARTNER_LINK_ACCEPTED =
            new EventType<>("indirect_partner.link_accepted", 1, TOPIC, IndirectPartnerLinkAccepted.class);
    public static final EventType<IndirectPartnerLinkRequestClosed> INDIRECT_PARTNER_LINK_REJECTED =
            new EventType<>("indirect_partner.link_rejected", 1, TOPIC, IndirectPartnerLinkRequestClosed.class);
    public static final EventType<IndirectPartnerLinkRequestClosed> INDIRECT_PARTNER_LINK_REQUEST_WITHDRAWN =
            new EventType<>("indirect_partner.link_request_withdrawn", 1, TOPIC, IndirectPartnerLinkRequestClosed.class);
    /** The effective link ended (either side, or an operator): the distributor loses access to the reseller. */
    public static final EventType<IndirectPartnerLinkEnded> INDIRECT_PARTNER_LINK_ENDED =
            new EventType<>("indirect_partner.link_ended", 1, TOPIC, IndirectPartnerLinkEnded.class);

    // Members and personal certifications
    public static final EventType<MemberInvited> MEMBER_INVITED =
            new EventType<>("member.invited", 1, TOPIC, MemberInvited.class);
    public static final EventType<MemberInvitationClosed> MEMBER_INVITATION_DECLINED =
            new EventType<>("member.invitation_declined", 1, TOPIC, MemberInvitationClosed.class);
    public static final EventType<MemberInvitationClosed> MEMBER_INVITATION_REVOKED =
            new EventType<>("member.invitation_revoked", 1, TOPIC, MemberInvitationClosed.class);
    public static final EventType<MemberJoined> MEMBER_JOINED =
            new EventType<>("member.joined", 1, TOPIC, MemberJoined.class);
    public static final EventType<MemberRemoved> MEMBER_REMOVED =
            new EventType<>("member.removed", 1, TOPIC, MemberRemoved.class);
    public static final EventType<MemberCertificationAdded> MEMBER_CERTIFICATION_ADDED =
            new EventType<>("member.certification_added", 1, TOPIC, MemberCertificationAdded.class);

    // Access configuration, business information, payment agreement
    public static final EventType<AccessConfigurationChanged> ACCESS_CONFIGURATION_CHANGED =
            new EventType<>("access_configuration.changed", 1, TOPIC, AccessConfigurationChanged.class);
    public static final EventType<BusinessInformationChanged> BUSINESS_INFORMATION_CHANGED =
            new EventType<>("business_information.changed", 1, TOPIC, BusinessInformationChanged.class);
    public static final EventType<PaymentAgreementIssued> PAYMENT_AGREEMENT_ISSUED =
            new EventType<>("payment_agreement.issued", 1, TOPIC, PaymentAgreementIssued.class);

    private PartnerEvents() {
    }

    public record PartnerRegistered(String partnerId, String companyName, String countryCode, String xaccountId,
                                    Instant registeredAt) {
    }

    public record RealNameSubmitted(String partnerId, String submissionId, String licenceNumber, Instant submittedAt) {
    }

    public record RealNameReviewed(String partnerId, String submissionId, String opinion, String reviewedBy,
                                   Instant reviewedAt) {
    }

    public record EmailBound(String partnerId, String email, Instant boundAt) {
    }

    public record ProgramApplicationSubmitted(String partnerId, String applicationId, String program,
                                              Instant submittedAt) {
    }

    // Payloads: programs, certificates, partner status, distributors and resellers
    /** {@code reason} is required for a rejection and may be null for an approval. */
    public record ProgramApplicationReviewed(String partnerId, String applicationId, String program, String reason,
                                             String reviewedBy, Instant reviewedAt) {
    }

    /** {@code tier}: 1 = contracts with the cloud, 2 = contracts through a distributor. */
    public record ProgramJoined(String partnerId, String applicationId, String program, int tier, Instant joinedAt) {
    }

    public record ProgramCertificateIssued(String partnerId, String certificateId, String certificateNumber,
                                           String program, Instant validFrom, Instant validTo) {
    }

    /** {@code status}: ACTIVE, RESTRICTED or EXITED (final). */
    public record PartnerStatusChanged(String partnerId, String status, String previousStatus, String reason,
                                       String changedBy, Instant changedAt) {
    }

    /** {@code testAccount}: whether the partner is a test account from now on. */
    public record PartnerTestAccountChanged(String partnerId, boolean testAccount, String reason, String changedBy,
                                            Instant changedAt) {
    }

    public record IndirectPartnerLinked(String distributorId, String indirectPartnerId, Instant associatedOn,
                                        String linkedBy) {
    }

    public record IndirectPartnerUnlinked(String distributorId, String indirectPartnerId, Instant unlinkedAt,
                                          String unlinkedBy) {
    }

    public record IndirectPartnerLinkRequested(String requestId, String distributorId, String indirectPartnerId,
                                               String requestedBy, Instant requestedAt, Instant expiresAt) {
    }

    /** {@code associatedOn}: when the link became effective (the acceptance), Huawei's {@code associated_on}. */
    public record IndirectPartnerLinkAccepted(String requestId, String distributorId, String indirectPartnerId,
                                              String requestedBy, String acceptedBy, Instant associatedOn) {
    }

    /** A request closed without a link: {@code status} REJECTED (by the reseller) or WITHDRAWN (by the distributor). */
    public record IndirectPartnerLinkRequestClosed(String requestId, String distributorId, String indirectPartnerId,
                                                   String status, String reason, String closedBy, Instant closedAt) {
    }

    /** {@code endedBySide}: DISTRIBUTOR, RESELLER or OPERATOR; {@code requestId} is null for a pre-consent link. */
    public record IndirectPartnerLinkEnded(String requestId, String distributorId, String indirectPartnerId,
                                           String endedBySide, String endedBy, Instant associatedOn, Instant endedAt) {
    }

    // Payloads: members and personal certifications
    public record MemberInvited(String partnerId, String invitationId, String inviteeType, String invitee,
                                String invitedBy, Instant invitedAt, Instant expiresAt) {
    }

    /** A pending invitation closed without a member: declined by the invitee or revoked by the partner. */
    public record MemberInvitationClosed(String partnerId, String invitationId, String closedBy, Instant closedAt) {
    }

    public record MemberJoined(String partnerId, String memberId, String invitationId, String person,
                               Instant joinedAt) {
    }

    /** {@code reason}: {@code REMOVED} (by the partner) or {@code LEFT} (the member left). */
    public record MemberRemoved(String partnerId, String memberId, String person, String reason, Instant removedAt) {
    }

    /** {@code partnerId} is the partner of the person's current membership, or null when the person has none. */
    public record MemberCertificationAdded(String partnerId, String memberId, String person, String certificationId,
                                           String level, String track, String certificateNumber, Instant validFrom,
                                           Instant validTo, Instant recordedAt) {
    }


    // Payloads: access configuration, business information, payment agreement

    /** The full resulting access configuration after any change (a projection replaces its row with it). */
    public record AccessConfigurationChanged(String partnerId, boolean realNameAttachmentUpload, String xaccountType,
                                             String obsBucketName, String obsRegion, boolean readyForRealNameApi,
                                             Instant changedAt) {
    }

    /**
     * The business information state after any change. {@code status}: PENDING, VERIFIED or REJECTED (of the
     * latest submission); {@code payoutBlocked} is true while nothing is verified or a change is pending (rule 60).
     * {@code verified} is the version in force (null if none) with the bank account masked.
     */
    public record BusinessInformationChanged(String partnerId, String status, boolean payoutBlocked,
                                             VerifiedBusinessInformation verified, Instant pendingChangeSubmittedAt,
                                             Instant changedAt) {
    }

    /** Non-secret summary of verified business information: the bank account shows only its last 4 digits. */
    public record VerifiedBusinessInformation(String contractingEntity, String bankName, String bankAccountMasked,
                                              String accountHolderName, java.math.BigDecimal taxRate,
                                              Instant verifiedAt) {
    }

    public record PaymentAgreementIssued(String partnerId, String contractId, String contractNumber,
                                         Instant issuedAt) {
    }
}
