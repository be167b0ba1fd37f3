package com.acmecloud.partnercenter.partner.registration.events;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.registration.domain.RealNameSubmission;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns registration, enterprise real-name and e-mail binding into {@code partner.events} through the outbox
 * (same transaction).
 */
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
}
