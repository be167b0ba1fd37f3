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

    // Payloads: members and personal certifications

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
