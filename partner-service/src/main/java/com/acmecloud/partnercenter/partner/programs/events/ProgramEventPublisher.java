package com.acmecloud.partnercenter.partner.programs.events;

import com.acmecloud.partnercenter.partner.programs.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns program applications, joined programs and issued certificates into {@code partner.events} through the
 * outbox (same transaction). Key = partner id.
 */
@ApplicationScoped
public class ProgramEventPublisher {

    private final OutboxWriter outbox;

    ProgramEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> applicationSubmitted(ProgramApplication application) {
        return outbox.append(PartnerEvents.PROGRAM_APPLICATION_SUBMITTED, application.partnerId,
                application.applicationId.toString(),
                new PartnerEvents.ProgramApplicationSubmitted(application.partnerId,
                        application.applicationId.toString(), application.program.name(), application.submittedAt))
                .replaceWithVoid();
    }

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
}
