package com.acmecloud.partnercenter.partner.registration.repository;

import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.registration.domain.RealNameSubmission;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RealNameSubmissionRepository implements PanacheRepositoryBase<RealNameSubmission, UUID> {

    /** The partner's latest submission, or null. */
    public Uni<RealNameSubmission> latestOf(String partnerId) {
        return find("partnerId", Sort.descending("submittedAt"), partnerId).firstResult();
    }

    /** The partner's submission, or null (also when it is another partner's). */
    public Uni<RealNameSubmission> ofPartner(String partnerId, UUID submissionId) {
        return find("partnerId = ?1 and submissionId = ?2", partnerId, submissionId).firstResult();
    }

    public Uni<Long> countByStatus(RealNameStatus status) {
        return count("status", status);
    }

    public Uni<List<RealNameSubmission>> pageByStatus(RealNameStatus status, int offset, int limit) {
        return find("status", Sort.ascending("submittedAt").and("submissionId"), status)
                .range(offset, offset + limit - 1).list();
    }
}
