package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.Program;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.domain.ProgramPrerequisites;
import com.acmecloud.partnercenter.partner.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.repository.ProgramApplicationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applications to partner programs, gated by {@link ProgramPrerequisites}. */
@ApplicationScoped
public class ProgramApplicationService {

    private final PartnerRepository partners;
    private final ProgramApplicationRepository applications;
    private final PartnerEventPublisher events;
    private final Clock clock;

    ProgramApplicationService(PartnerRepository partners, ProgramApplicationRepository applications,
                              PartnerEventPublisher events, Clock clock) {
        this.partners = partners;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProgramApplication apply(String partnerId, Program program) {
        Partner partner = partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
        List<String> missing = ProgramPrerequisites.missing(program, partner);
        if (!missing.isEmpty()) {
            throw new CbcException(CbcError.PROGRAM_PREREQUISITES_MISSING,
                    "Cannot apply to " + program + ": missing " + String.join(", ", missing) + ".",
                    missing.stream().map(item -> ErrorDetail.of(item, CbcError.PROGRAM_PREREQUISITES_MISSING,
                            describe(item))).toList());
        }
        if (applications.hasActive(partnerId, program)) {
            throw new CbcException(CbcError.PROGRAM_APPLICATION_EXISTS);
        }
        ProgramApplication application = new ProgramApplication();
        application.applicationId = UUID.randomUUID();
        application.partnerId = partnerId;
        application.program = program;
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        applications.persist(application);
        events.applicationSubmitted(application);
        return application;
    }

    @Transactional
    public List<ProgramApplication> ofPartner(String partnerId) {
        return applications.ofPartner(partnerId);
    }

    @Transactional
    public Map<String, List<ProgramApplication>> ofPartners(Collection<String> partnerIds) {
        return applications.ofPartners(partnerIds);
    }

    private static String describe(String prerequisite) {
        return switch (prerequisite) {
            case ProgramPrerequisites.ENTERPRISE_REAL_NAME -> "enterprise real-name authentication must be approved";
            case ProgramPrerequisites.EMAIL_BINDING -> "the contact e-mail must be bound";
            default -> "required";
        };
    }
}
