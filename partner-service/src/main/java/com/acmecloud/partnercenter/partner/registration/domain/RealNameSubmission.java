package com.acmecloud.partnercenter.partner.registration.domain;

import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One enterprise real-name submission and, once an operator decided, its review. */
@Entity
@Table(name = "real_name_submission")
public class RealNameSubmission {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "licence_number", nullable = false)
    public String licenceNumber;

    @Column(name = "legal_person_name", nullable = false)
    public String legalPersonName;

    /** Attachment references, newline-separated (at most 4, validated at the edge). */
    @Column(name = "attachment_refs", nullable = false)
    public String attachmentRefs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RealNameStatus status;

    public String opinion;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;
}
