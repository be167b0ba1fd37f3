package com.acmecloud.partnercenter.partner.events;

import com.acmecloud.partnercenter.partner.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.domain.ProgramCertificate;
import com.acmecloud.partnercenter.partner.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.domain.RealNameSubmission;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Turns partner state changes into {@code partner.events} through the outbox (same transaction). */
@ApplicationScoped
public class PartnerEventPublisher {

    private final OutboxWriter outbox;

    PartnerEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public void registered(Partner partner) {
        outbox.append(PartnerEvents.PARTNER_REGISTERED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerRegistered(partner.partnerId, partner.companyName, partner.countryCode,
                        partner.xaccountId, partner.registeredAt));
    }

    public void realNameSubmitted(RealNameSubmission submission) {
        outbox.append(PartnerEvents.REAL_NAME_SUBMITTED, submission.partnerId, submission.submissionId.toString(),
                new PartnerEvents.RealNameSubmitted(submission.partnerId, submission.submissionId.toString(),
                        submission.licenceNumber, submission.submittedAt));
    }

    public void realNameReviewed(RealNameSubmission submission) {
        var type = submission.status == RealNameStatus.APPROVED
                ? PartnerEvents.REAL_NAME_APPROVED : PartnerEvents.REAL_NAME_REJECTED;
        outbox.append(type, submission.partnerId, submission.submissionId.toString(),
                new PartnerEvents.RealNameReviewed(submission.partnerId, submission.submissionId.toString(),
                        submission.opinion, submission.reviewedBy, submission.reviewedAt));
    }

    public void emailBound(Partner partner) {
        outbox.append(PartnerEvents.EMAIL_BOUND, partner.partnerId, partner.partnerId,
                new PartnerEvents.EmailBound(partner.partnerId, partner.contactEmail, partner.emailBoundAt));
    }

    public void applicationSubmitted(ProgramApplication application) {
        outbox.append(PartnerEvents.PROGRAM_APPLICATION_SUBMITTED, application.partnerId,
                application.applicationId.toString(),
                new PartnerEvents.ProgramApplicationSubmitted(application.partnerId,
                        application.applicationId.toString(), application.program.name(), application.submittedAt));
    }

    // Programs, certificates, partner status, distributors and resellers

    public void applicationReviewed(ProgramApplication application) {
        var type = application.status == ApplicationStatus.APPROVED
                ? PartnerEvents.PROGRAM_APPLICATION_APPROVED : PartnerEvents.PROGRAM_APPLICATION_REJECTED;
        outbox.append(type, application.partnerId, application.applicationId.toString(),
                new PartnerEvents.ProgramApplicationReviewed(application.partnerId,
                        application.applicationId.toString(), application.program.name(), application.reason,
                        application.reviewedBy, application.reviewedAt));
    }

    public void programJoined(ProgramApplication application) {
        outbox.append(PartnerEvents.PROGRAM_JOINED, application.partnerId, application.applicationId.toString(),
                new PartnerEvents.ProgramJoined(application.partnerId, application.applicationId.toString(),
                        application.program.name(), application.program.tier(), application.reviewedAt));
    }

    public void certificateIssued(ProgramCertificate certificate) {
        outbox.append(PartnerEvents.PROGRAM_CERTIFICATE_ISSUED, certificate.partnerId,
                certificate.certificateId.toString(),
                new PartnerEvents.ProgramCertificateIssued(certificate.partnerId, certificate.certificateId.toString(),
                        certificate.certificateNumber, certificate.program.name(), certificate.validFrom,
                        certificate.validTo));
    }

    public void statusChanged(Partner partner, PartnerStatus previous) {
        outbox.append(PartnerEvents.PARTNER_STATUS_CHANGED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerStatusChanged(partner.partnerId, partner.status.name(), previous.name(),
                        partner.statusReason, partner.statusChangedBy, partner.statusChangedAt));
    }

    public void indirectPartnerLinked(IndirectPartnerLink link) {
        outbox.append(PartnerEvents.INDIRECT_PARTNER_LINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinked(link.distributorId, link.indirectPartnerId, link.associatedOn,
                        link.linkedBy));
    }

    public void indirectPartnerUnlinked(IndirectPartnerLink link, String unlinkedBy, Instant unlinkedAt) {
        outbox.append(PartnerEvents.INDIRECT_PARTNER_UNLINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerUnlinked(link.distributorId, link.indirectPartnerId, unlinkedAt,
                        unlinkedBy));
    }
}
