package com.acmecloud.partnercenter.partner.programs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "program_application")
public class ProgramApplication {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Program program;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** When an operator approved (the partner joined the program then) or rejected it. */
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    /** The operator's reason: required to reject, optional to approve. */
    public String reason;
}
