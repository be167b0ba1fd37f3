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
}
