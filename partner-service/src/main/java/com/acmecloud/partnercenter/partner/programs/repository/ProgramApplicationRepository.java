package com.acmecloud.partnercenter.partner.programs.repository;

import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
public class ProgramApplicationRepository implements PanacheRepositoryBase<ProgramApplication, UUID> {

    public Uni<List<ProgramApplication>> ofPartner(String partnerId) {
        return list("partnerId", Sort.ascending("submittedAt"), partnerId);
    }

    /** Applications of several partners in one query, grouped by partner id. */
    public Uni<Map<String, List<ProgramApplication>>> ofPartners(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("partnerId in ?1", Sort.ascending("submittedAt"), partnerIds)
                .map(found -> found.stream().collect(Collectors.groupingBy(a -> a.partnerId)));
    }

    public Uni<Boolean> hasActive(String partnerId, Program program) {
        return count("partnerId = ?1 and program = ?2 and status in ?3", partnerId, program,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED)).map(count -> count > 0);
    }

    // Programs, certificates, partner status, distributors and resellers

    /** Advisory-lock namespace of "a company's program memberships" (the second key is the licence's hash). */
    private static final int COMPANY_LOCK_SPACE = 0x50524f47;

    /** The partner's application, or null (also when it is another partner's). */
    public Uni<ProgramApplication> ofPartner(String partnerId, UUID applicationId) {
        return find("partnerId = ?1 and applicationId = ?2", partnerId, applicationId).firstResult();
    }

    /** The partner's joined programs: approved applications, in the order they were approved. */
    public Uni<List<ProgramApplication>> joined(String partnerId) {
        return list("partnerId = ?1 and status = ?2", Sort.ascending("reviewedAt").and("applicationId"),
                partnerId, ApplicationStatus.APPROVED);
    }

    public Uni<Set<Program>> joinedPrograms(String partnerId) {
        return joined(partnerId).map(joined -> joined.stream().map(a -> a.program)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Program.class))));
    }

    /**
     * Programs joined by any account of the partner's company — the accounts whose approved enterprise
     * real-name authentication has the same licence number — the partner itself included.
     */
    public Uni<Set<Program>> joinedProgramsOfCompany(String partnerId) {
        return getSession().chain(session -> session.createSelectionQuery("""
                                select distinct a.program from ProgramApplication a
                                where a.status = :approved and (a.partnerId = :partner or a.partnerId in (
                                    select other.partnerId from RealNameSubmission other, RealNameSubmission own
                                    where own.partnerId = :partner and own.status = :verified
                                      and other.status = :verified and other.licenceNumber = own.licenceNumber))""",
                        Program.class)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("partner", partnerId)
                .setParameter("verified", RealNameStatus.APPROVED)
                .getResultList())
                .map(programs -> programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs));
    }

    /**
     * Serialises approvals across the accounts of one company until the transaction ends, so two operators
     * approving Solution Provider for one account and Cloud Reseller for another cannot both pass rule 4.
     * A partner without approved real-name has no company to lock (its own row lock suffices).
     */
    public Uni<Void> lockCompanyOf(String partnerId) {
        return getSession().chain(session -> session.createNativeQuery("""
                                SELECT CAST(pg_advisory_xact_lock(:space, hashtext(licence_number)) AS text)
                                FROM real_name_submission WHERE partner_id = :partner AND status = 'APPROVED'""")
                        .setParameter("space", COMPANY_LOCK_SPACE)
                        .setParameter("partner", partnerId)
                        .getResultList())
                .replaceWithVoid();
    }
}
