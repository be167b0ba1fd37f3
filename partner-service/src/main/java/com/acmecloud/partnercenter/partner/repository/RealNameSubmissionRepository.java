package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.domain.RealNameSubmission;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RealNameSubmissionRepository implements PanacheRepositoryBase<RealNameSubmission, UUID> {

    public Optional<RealNameSubmission> latestOf(String partnerId) {
        return find("partnerId", Sort.descending("submittedAt"), partnerId).firstResultOptional();
    }

    public Optional<RealNameSubmission> ofPartner(String partnerId, UUID submissionId) {
        return find("partnerId = ?1 and submissionId = ?2", partnerId, submissionId).firstResultOptional();
    }

    public long countByStatus(RealNameStatus status) {
        return count("status", status);
    }

    public List<RealNameSubmission> pageByStatus(RealNameStatus status, int offset, int limit) {
        return find("status", Sort.ascending("submittedAt").and("submissionId"), status)
                .range(offset, offset + limit - 1).list();
    }
}
