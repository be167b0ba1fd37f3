package com.acmecloud.partnercenter.partner.programs.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.programs.config.CertificateConfig;
import com.acmecloud.partnercenter.partner.programs.domain.CertificateStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import com.acmecloud.partnercenter.partner.programs.events.ProgramEventPublisher;
import com.acmecloud.partnercenter.partner.programs.repository.ProgramCertificateRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Program certificates (rule 2): issued when a partner joins a program that issues one; read, verified. */
@ApplicationScoped
public class CertificateService {

    /** A certificate as it reads now: its derived status and the company it was issued to. */
    public record CertificateView(ProgramCertificate certificate, String companyName, CertificateStatus status) {
    }

    private final PartnerRepository partners;
    private final ProgramCertificateRepository certificates;
    private final ProgramEventPublisher events;
    private final CertificateConfig config;
    private final Clock clock;

    CertificateService(PartnerRepository partners, ProgramCertificateRepository certificates,
                       ProgramEventPublisher events, CertificateConfig config, Clock clock) {
        this.partners = partners;
        this.certificates = certificates;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Issues the certificate of a just-approved application, valid from the day the partner joined. Runs in
     * the approval's transaction (the outbox refuses to write outside one).
     */
    Uni<ProgramCertificate> issue(ProgramApplication application) {
        return certificates.nextSerial().chain(serial -> {
            ProgramCertificate certificate = new ProgramCertificate();
            certificate.certificateId = UUID.randomUUID();
            certificate.partnerId = application.partnerId;
            certificate.applicationId = application.applicationId;
            certificate.program = application.program;
            certificate.validFrom = application.reviewedAt;
            certificate.validTo = application.reviewedAt.atZone(ZoneOffset.UTC).plus(config.validity()).toInstant();
            certificate.certificateNumber = String.format(Locale.ROOT, "%s-%s-%d-%06d", config.numberPrefix(),
                    application.program.abbreviation(), certificate.validFrom.atZone(ZoneOffset.UTC).getYear(),
                    serial);
            return certificates.persist(certificate);
        }).call(events::certificateIssued);
    }

    @WithTransaction
    public Uni<List<CertificateView>> ofPartner(String partnerId) {
        return partner(partnerId).chain(partner -> certificates.ofPartner(partnerId)
                .map(found -> found.stream().map(c -> view(c, partner)).toList()));
    }

    @WithTransaction
    public Uni<CertificateView> get(String partnerId, UUID certificateId) {
        return partner(partnerId).chain(partner -> certificates.ofPartner(partnerId, certificateId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.CERTIFICATE_NOT_FOUND))
                .map(c -> view(c, partner)));
    }

    /** The status of the certificate with this number, empty when no such certificate was ever issued. */
    @WithTransaction
    public Uni<Optional<CertificateStatus>> verify(String certificateNumber) {
        return certificates.byNumber(certificateNumber).chain(certificate -> certificate == null
                ? Uni.createFrom().item(Optional.<CertificateStatus>empty())
                : partner(certificate.partnerId).map(partner -> Optional.of(view(certificate, partner).status())));
    }

    private CertificateView view(ProgramCertificate certificate, Partner partner) {
        return new CertificateView(certificate, partner.companyName,
                certificate.status(partner.status, clock.instant(), config.expiringWithin()));
    }

    private Uni<Partner> partner(String partnerId) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }
}
