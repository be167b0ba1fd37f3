package com.acmecloud.partnercenter.partner.registration.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.registration.domain.RealNameSubmission;
import com.acmecloud.partnercenter.partner.registration.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.registration.repository.RealNameSubmissionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    @WithTransaction
    public Uni<RealNameSubmission> submit(String partnerId, Submission request) {
        return lockPartner(partnerId).chain(partner -> {
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
            partner.realNameStatus = RealNameStatus.REVIEWING;
            return submissions.persist(submission);
        }).call(events::realNameSubmitted);
    }

    @WithTransaction
    public Uni<RealNameSubmission> review(String partnerId, UUID submissionId, Decision decision, String opinion,
                                          String operator) {
        return lockPartner(partnerId).chain(partner -> submissions.ofPartner(partnerId, submissionId)
                .map(submission -> {
                    if (submission == null || submission.status != RealNameStatus.REVIEWING) {
                        throw new CbcException(CbcError.REAL_NAME_NOT_UNDER_REVIEW);
                    }
                    submission.status = decision == Decision.APPROVED
                            ? RealNameStatus.APPROVED : RealNameStatus.REJECTED;
                    submission.opinion = opinion;
                    submission.reviewedAt = now();
                    submission.reviewedBy = operator;
                    partner.realNameStatus = submission.status;
                    return submission;
                }))
                .call(events::realNameReviewed);
    }

    @WithTransaction
    public Uni<Page<RealNameSubmission>> byStatus(RealNameStatus status, int offset, int limit) {
        return submissions.countByStatus(status).chain(total -> submissions.pageByStatus(status, offset, limit)
                .map(items -> new Page<>(total, items)));
    }

    private Uni<Partner> lockPartner(String partnerId) {
        return partners.lock(partnerId).onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
