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

    // Payloads: access configuration, business information, payment agreement
}
