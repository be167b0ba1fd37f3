package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.config.CertificateConfig;
import com.acmecloud.partnercenter.partner.domain.CertificateStatus;
import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.domain.ProgramCertificate;
import com.acmecloud.partnercenter.partner.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.repository.ProgramCertificateRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final PartnerEventPublisher events;
    private final CertificateConfig config;
    private final Clock clock;

    CertificateService(PartnerRepository partners, ProgramCertificateRepository certificates,
                       PartnerEventPublisher events, CertificateConfig config, Clock clock) {
        this.partners = partners;
        this.certificates = certificates;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Issues the certificate of a just-approved application, valid from the day the partner joined. */
    @Transactional(Transactional.TxType.MANDATORY)
    ProgramCertificate issue(ProgramApplication application) {
        ProgramCertificate certificate = new ProgramCertificate();
        certificate.certificateId = UUID.randomUUID();
        certificate.partnerId = application.partnerId;
        certificate.applicationId = application.applicationId;
        certificate.program = application.program;
        certificate.validFrom = application.reviewedAt;
        certificate.validTo = application.reviewedAt.atZone(ZoneOffset.UTC).plus(config.validity()).toInstant();
        certificate.certificateNumber = String.format(Locale.ROOT, "%s-%s-%d-%06d", config.numberPrefix(),
                application.program.abbreviation(), certificate.validFrom.atZone(ZoneOffset.UTC).getYear(),
                certificates.nextSerial());
        certificates.persist(certificate);
        events.certificateIssued(certificate);
        return certificate;
    }

    @Transactional
    public List<CertificateView> ofPartner(String partnerId) {
        Partner partner = partner(partnerId);
        return certificates.ofPartner(partnerId).stream().map(c -> view(c, partner)).toList();
    }

    @Transactional
    public CertificateView get(String partnerId, UUID certificateId) {
        Partner partner = partner(partnerId);
        return certificates.ofPartner(partnerId, certificateId).map(c -> view(c, partner))
                .orElseThrow(() -> new CbcException(CbcError.CERTIFICATE_NOT_FOUND));
    }

    /** The status of the certificate with this number, empty when no such certificate was ever issued. */
    @Transactional
    public Optional<CertificateStatus> verify(String certificateNumber) {
        return certificates.byNumber(certificateNumber).map(c -> view(c, partner(c.partnerId)).status());
    }

    private CertificateView view(ProgramCertificate certificate, Partner partner) {
        return new CertificateView(certificate, partner.companyName,
                certificate.status(partner.status, clock.instant(), config.expiringWithin()));
    }

    private Partner partner(String partnerId) {
        return partners.findByIdOptional(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }
}
