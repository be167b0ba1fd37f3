package com.acmecloud.partnercenter.partner.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's HCIA/HCIP/HCIE certification. It belongs to the person; a partner sees it only while the
 * person is its ACTIVE member (seed 15 / rule 3).
 */
@Entity
@Table(name = "personal_certification")
public class PersonalCertification {

    @Id
    @Column(name = "certification_id")
    public UUID certificationId;

    @Column(nullable = false)
    public String person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificationLevel level;

    @Column(nullable = false)
    public String track;

    @Column(name = "certificate_number", nullable = false)
    public String certificateNumber;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Why a validity period cannot be recorded at {@code now} (field name and reason), or null when it can. */
    public static String[] periodProblem(Instant validFrom, Instant validTo, Instant now) {
        if (!validTo.isAfter(validFrom)) {
            return new String[] {"valid_to", "must be after valid_from"};
        }
        if (validFrom.isAfter(now)) {
            return new String[] {"valid_from", "must not be in the future"};
        }
        return null;
    }

    public CertificationStatus statusAt(Instant now) {
        return now.isBefore(validTo) ? CertificationStatus.VALID : CertificationStatus.EXPIRED;
    }
}
