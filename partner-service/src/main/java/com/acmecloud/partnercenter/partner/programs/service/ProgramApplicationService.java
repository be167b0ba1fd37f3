package com.acmecloud.partnercenter.partner.programs.service;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.partner.accountfacts.service.PartnerAccountFacts;
import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.programs.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramConflicts;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramPrerequisites;
import com.acmecloud.partnercenter.partner.programs.events.ProgramEventPublisher;
import com.acmecloud.partnercenter.partner.programs.repository.ProgramApplicationRepository;
import com.acmecloud.partnercenter.partner.programs.repository.ProgramCertificateRepository;
import com.acmecloud.partnercenter.partner.status.service.PartnerStatusService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applications to partner programs: gated by the partner's status, {@link ProgramPrerequisites} (rule 1),
 * {@link ProgramConflicts} (rule 4) and, for Cloud Reseller, billing-gateway's account facts (rule 4: a zero
 * recharge balance) when the partner applies, checked again when an operator approves.
 */
@ApplicationScoped
public class ProgramApplicationService {

    public enum Decision { APPROVED, REJECTED }

    /** A program the partner has joined, with its certificate (null for programs that issue none). */
    public record JoinedProgram(ProgramApplication application, ProgramCertificate certificate) {
    }

    private final PartnerRepository partners;
    private final ProgramApplicationRepository applications;
    private final ProgramCertificateRepository certificates;
    private final CertificateService certificateIssuer;
    private final ProgramEventPublisher events;
    private final PartnerAccountFacts accountFacts;
    private final Clock clock;

    ProgramApplicationService(PartnerRepository partners, ProgramApplicationRepository applications,
                              ProgramCertificateRepository certificates, CertificateService certificateIssuer,
                              ProgramEventPublisher events, PartnerAccountFacts accountFacts, Clock clock) {
        this.partners = partners;
        this.applications = applications;
        this.certificates = certificates;
        this.certificateIssuer = certificateIssuer;
        this.events = events;
        this.accountFacts = accountFacts;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ProgramApplication> apply(String partnerId, Program program) {
        return lockPartner(partnerId)
                .invoke(partner -> {
                    PartnerStatusService.requireActive(partner);
                    requirePrerequisites(program, partner);
                })
                .chain(() -> refuseConflicts(program, partnerId))
                .chain(() -> requireAccountFacts(program, partnerId))
                .chain(() -> applications.hasActive(partnerId, program))
                .chain(active -> {
                    if (active) {
                        throw new CbcException(CbcError.PROGRAM_APPLICATION_EXISTS);
                    }
                    ProgramApplication application = new ProgramApplication();
                    application.applicationId = UUID.randomUUID();
                    application.partnerId = partnerId;
                    application.program = program;
                    application.status = ApplicationStatus.SUBMITTED;
                    application.submittedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    return applications.persist(application);
                })
                .call(events::applicationSubmitted);
    }

    /**
     * An operator's decision. Approving re-checks everything applying checked, since the partner's state may
     * have changed meanwhile (restricted, or a conflicting program joined); the partner then joins the program
     * ({@code program.joined.v1}) and gets its certificate if the program issues one.
     */
    @WithTransaction
    public Uni<ProgramApplication> review(String partnerId, UUID applicationId, Decision decision, String reason,
                                          String operator) {
        return lockPartner(partnerId).chain(partner -> applications.ofPartner(partnerId, applicationId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PROGRAM_APPLICATION_NOT_FOUND))
                .invoke(application -> {
                    if (application.status != ApplicationStatus.SUBMITTED) {
                        throw new CbcException(CbcError.PROGRAM_APPLICATION_DECIDED);
                    }
                })
                .call(application -> decision == Decision.APPROVED
                        ? recheck(partner, application.program) : Uni.createFrom().voidItem()))
                .call(application -> {
                    application.status = decision == Decision.APPROVED
                            ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
                    application.reason = blankToNull(reason);
                    application.reviewedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    application.reviewedBy = operator;
                    return events.applicationReviewed(application);
                })
                .call(application -> application.status == ApplicationStatus.APPROVED
                        ? join(application) : Uni.createFrom().voidItem());
    }

    @WithTransaction
    public Uni<List<JoinedProgram>> joined(String partnerId) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> applications.joined(partnerId))
                .chain(joined -> certificates.ofApplications(joined.stream().map(a -> a.applicationId).toList())
                        .map(issued -> joined.stream()
                                .map(a -> new JoinedProgram(a, issued.get(a.applicationId))).toList()));
    }

    @WithSession
    public Uni<List<ProgramApplication>> ofPartner(String partnerId) {
        return applications.ofPartner(partnerId);
    }

    @WithSession
    public Uni<Map<String, List<ProgramApplication>>> ofPartners(Collection<String> partnerIds) {
        return applications.ofPartners(partnerIds);
    }

    private Uni<Partner> lockPartner(String partnerId) {
        return partners.lock(partnerId).onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    /** What applying checked, again, with the company's approvals serialised for rule 4. */
    private Uni<Void> recheck(Partner partner, Program program) {
        PartnerStatusService.requireActive(partner);
        requirePrerequisites(program, partner);
        return applications.lockCompanyOf(partner.partnerId).chain(() -> refuseConflicts(program, partner.partnerId))
                .chain(() -> requireAccountFacts(program, partner.partnerId));
    }

    /** Rule 4, the part billing-gateway's facts tell: a Cloud Reseller starts with a zero recharge balance. */
    private Uni<Void> requireAccountFacts(Program program, String partnerId) {
        return program == Program.CLOUD_RESELLER ? accountFacts.requireZeroRechargeBalance(partnerId)
                : Uni.createFrom().voidItem();
    }

    /** The partner joins the approved program and gets its certificate if the program issues one. */
    private Uni<Void> join(ProgramApplication application) {
        Uni<Void> joined = events.programJoined(application);
        return application.program.issuesCertificate()
                ? joined.chain(() -> certificateIssuer.issue(application)).replaceWithVoid()
                : joined;
    }

    private static void requirePrerequisites(Program program, Partner partner) {
        List<String> missing = ProgramPrerequisites.missing(program, partner);
        if (!missing.isEmpty()) {
            throw new CbcException(CbcError.PROGRAM_PREREQUISITES_MISSING,
                    "Cannot apply to " + program + ": missing " + String.join(", ", missing) + ".",
                    missing.stream().map(item -> ErrorDetail.of(item, CbcError.PROGRAM_PREREQUISITES_MISSING,
                            describe(item))).toList());
        }
    }

    private Uni<Void> refuseConflicts(Program program, String partnerId) {
        return applications.joinedPrograms(partnerId)
                .chain(heldByPartner -> applications.joinedProgramsOfCompany(partnerId)
                        .invoke(heldByCompany -> {
                            List<Program> conflicts = ProgramConflicts.conflicting(program, heldByPartner,
                                    heldByCompany);
                            if (!conflicts.isEmpty()) {
                                throw new CbcException(CbcError.PROGRAM_CONFLICT,
                                        "Cannot join " + program + ": it conflicts with " + conflicts + ".",
                                        conflicts.stream().map(held -> ErrorDetail.of("program",
                                                CbcError.PROGRAM_CONFLICT, ProgramConflicts.explain(program, held)))
                                                .toList());
                            }
                        }))
                .replaceWithVoid();
    }

    private static String describe(String prerequisite) {
        return switch (prerequisite) {
            case ProgramPrerequisites.ENTERPRISE_REAL_NAME -> "enterprise real-name authentication must be approved";
            case ProgramPrerequisites.EMAIL_BINDING -> "the contact e-mail must be bound";
            default -> "required";
        };
    }
}
