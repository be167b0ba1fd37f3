package com.acmecloud.partnercenter.partner.domain;

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
}
