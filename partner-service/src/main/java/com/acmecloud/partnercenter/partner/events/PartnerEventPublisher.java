package com.acmecloud.partnercenter.partner.events;

import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.domain.RealNameSubmission;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;

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
}
