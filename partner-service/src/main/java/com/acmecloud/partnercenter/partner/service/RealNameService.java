package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.domain.RealNameSubmission;
import com.acmecloud.partnercenter.partner.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.repository.RealNameSubmissionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Enterprise real-name authentication of a partner: submitted by the partner, decided by an operator. */
@ApplicationScoped
public class RealNameService {

    public record Submission(String licenceNumber, String legalPersonName, List<String> attachmentRefs) {
    }

    public enum Decision { APPROVED, REJECTED }

    private final PartnerRepository partners;
    private final RealNameSubmissionRepository submissions;
    private final PartnerEventPublisher events;
    private final Clock clock;

    RealNameService(PartnerRepository partners, RealNameSubmissionRepository submissions,
                    PartnerEventPublisher events, Clock clock) {
        this.partners = partners;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RealNameSubmission submit(String partnerId, Submission request) {
        Partner partner = lockPartner(partnerId);
        if (!partner.realNameStatus.acceptsSubmission()) {
            throw new CbcException(CbcError.REAL_NAME_ALREADY_SUBMITTED);
        }
        RealNameSubmission submission = new RealNameSubmission();
        submission.submissionId = UUID.randomUUID();
        submission.partnerId = partnerId;
        submission.licenceNumber = request.licenceNumber().trim();
        submission.legalPersonName = request.legalPersonName().trim();
        submission.attachmentRefs = String.join("\n", request.attachmentRefs());
        submission.status = RealNameStatus.REVIEWING;
        submission.submittedAt = now();
        submissions.persist(submission);
        partner.realNameStatus = RealNameStatus.REVIEWING;
        events.realNameSubmitted(submission);
        return submission;
    }

    @Transactional
    public RealNameSubmission review(String partnerId, UUID submissionId, Decision decision, String opinion,
                                     String operator) {
        Partner partner = lockPartner(partnerId);
        RealNameSubmission submission = submissions.ofPartner(partnerId, submissionId)
                .filter(s -> s.status == RealNameStatus.REVIEWING)
                .orElseThrow(() -> new CbcException(CbcError.REAL_NAME_NOT_UNDER_REVIEW));
        submission.status = decision == Decision.APPROVED ? RealNameStatus.APPROVED : RealNameStatus.REJECTED;
        submission.opinion = opinion;
        submission.reviewedAt = now();
        submission.reviewedBy = operator;
        partner.realNameStatus = submission.status;
        events.realNameReviewed(submission);
        return submission;
    }

    @Transactional
    public Page<RealNameSubmission> byStatus(RealNameStatus status, int offset, int limit) {
        return new Page<>(submissions.countByStatus(status), submissions.pageByStatus(status, offset, limit));
    }

    private Partner lockPartner(String partnerId) {
        return partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
