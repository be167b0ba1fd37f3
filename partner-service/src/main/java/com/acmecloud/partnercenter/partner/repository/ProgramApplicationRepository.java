package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.domain.Program;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
public class ProgramApplicationRepository implements PanacheRepositoryBase<ProgramApplication, UUID> {

    public List<ProgramApplication> ofPartner(String partnerId) {
        return list("partnerId", Sort.ascending("submittedAt"), partnerId);
    }

    /** Applications of several partners in one query, grouped by partner id. */
    public Map<String, List<ProgramApplication>> ofPartners(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return list("partnerId in ?1", Sort.ascending("submittedAt"), partnerIds).stream()
                .collect(Collectors.groupingBy(a -> a.partnerId));
    }

    public boolean hasActive(String partnerId, Program program) {
        return count("partnerId = ?1 and program = ?2 and status in ?3", partnerId, program,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED)) > 0;
    }
}
