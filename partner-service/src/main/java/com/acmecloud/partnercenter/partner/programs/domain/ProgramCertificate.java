package com.acmecloud.partnercenter.partner.programs.domain;

import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The certificate issued when a partner joins a program that issues one (rule 2). Its status is derived. */
@Entity
@Table(name = "program_certificate")
public class ProgramCertificate {

    @Id
    @Column(name = "certificate_id")
    public UUID certificateId;

    /** Unique and printed on the document, e.g. {@code HCPN-SP-2026-000123}. */
    @Column(name = "certificate_number", nullable = false, unique = true)
    public String certificateNumber;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "application_id", nullable = false, unique = true)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Program program;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    public CertificateStatus status(PartnerStatus partnerStatus, Instant now, Duration expiringWithin) {
        return CertificateStatus.of(validTo, partnerStatus, now, expiringWithin);
    }
}
