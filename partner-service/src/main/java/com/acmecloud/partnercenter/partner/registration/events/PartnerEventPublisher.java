package com.acmecloud.partnercenter.partner.registration.events;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import com.acmecloud.partnercenter.partner.registration.domain.RealNameSubmission;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Turns partner state changes into {@code partner.events} through the outbox (same transaction). */
@ApplicationScoped
public class PartnerEventPublisher {

    private final OutboxWriter outbox;

    PartnerEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> registered(Partner partner) {
        return outbox.append(PartnerEvents.PARTNER_REGISTERED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerRegistered(partner.partnerId, partner.companyName, partner.countryCode,
                        partner.xaccountId, partner.registeredAt)).replaceWithVoid();
    }

    public Uni<Void> realNameSubmitted(RealNameSubmission submission) {
        return outbox.append(PartnerEvents.REAL_NAME_SUBMITTED, submission.partnerId,
                submission.submissionId.toString(),
                new PartnerEvents.RealNameSubmitted(submission.partnerId, submission.submissionId.toString(),
                        submission.licenceNumber, submission.submittedAt)).replaceWithVoid();
    }

    public Uni<Void> realNameReviewed(RealNameSubmission submission) {
        var type = submission.status == RealNameStatus.APPROVED
                ? PartnerEvents.REAL_NAME_APPROVED : PartnerEvents.REAL_NAME_REJECTED;
        return outbox.append(type, submission.partnerId, submission.submissionId.toString(),
                new PartnerEvents.RealNameReviewed(submission.partnerId, submission.submissionId.toString(),
                        submission.opinion, submission.reviewedBy, submission.reviewedAt)).replaceWithVoid();
    }

    public Uni<Void> emailBound(Partner partner) {
        return outbox.append(PartnerEvents.EMAIL_BOUND, partner.partnerId, partner.partnerId,
                new PartnerEvents.EmailBound(partner.partnerId, partner.contactEmail, partner.emailBoundAt))
                .replaceWithVoid();
    }

    public Uni<Void> applicationSubmitted(ProgramApplication application) {
        return outbox.append(PartnerEvents.PROGRAM_APPLICATION_SUBMITTED, application.partnerId,
                application.applicationId.toString(),
                new PartnerEvents.ProgramApplicationSubmitted(application.partnerId,
                        application.applicationId.toString(), application.program.name(), application.submittedAt))
                .replaceWithVoid();
    }

    // Programs, certificates, partner status, distributors and resellers

    public Uni<Void> applicationReviewed(ProgramApplication application) {
        var type = application.status == ApplicationStatus.APPROVED
                ? PartnerEvents.PROGRAM_APPLICATION_APPROVED : PartnerEvents.PROGRAM_APPLICATION_REJECTED;
        return outbox.append(type, application.partnerId, application.applicationId.toString(),
                new PartnerEvents.ProgramApplicationReviewed(application.partnerId,
                        application.applicationId.toString(), application.program.name(), application.reason,
                        application.reviewedBy, application.reviewedAt)).replaceWithVoid();
    }

    public Uni<Void> programJoined(ProgramApplication application) {
        return outbox.append(PartnerEvents.PROGRAM_JOINED, application.partnerId, application.applicationId.toString(),
                new PartnerEvents.ProgramJoined(application.partnerId, application.applicationId.toString(),
                        application.program.name(), application.program.tier(), application.reviewedAt))
                .replaceWithVoid();
    }

    public Uni<Void> certificateIssued(ProgramCertificate certificate) {
        return outbox.append(PartnerEvents.PROGRAM_CERTIFICATE_ISSUED, certificate.partnerId,
                certificate.certificateId.toString(),
                new PartnerEvents.ProgramCertificateIssued(certificate.partnerId, certificate.certificateId.toString(),
                        certificate.certificateNumber, certificate.program.name(), certificate.validFrom,
                        certificate.validTo)).replaceWithVoid();
    }

    public Uni<Void> statusChanged(Partner partner, PartnerStatus previous) {
        return outbox.append(PartnerEvents.PARTNER_STATUS_CHANGED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerStatusChanged(partner.partnerId, partner.status.name(), previous.name(),
                        partner.statusReason, partner.statusChangedBy, partner.statusChangedAt)).replaceWithVoid();
    }

    public Uni<Void> indirectPartnerLinked(IndirectPartnerLink link) {
        return outbox.append(PartnerEvents.INDIRECT_PARTNER_LINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinked(link.distributorId, link.indirectPartnerId, link.associatedOn,
                        link.linkedBy)).replaceWithVoid();
    }

    public Uni<Void> indirectPartnerUnlinked(IndirectPartnerLink link, String unlinkedBy, Instant unlinkedAt) {
        return outbox.append(PartnerEvents.INDIRECT_PARTNER_UNLINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerUnlinked(link.distributorId, link.indirectPartnerId, unlinkedAt,
                        unlinkedBy)).replaceWithVoid();
    }
}
