package com.acmecloud.partnercenter.partner.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one pending e-mail binding code of a partner; only its SHA-256 is stored. */
@Entity
@Table(name = "email_verification")
public class EmailVerification {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(nullable = false)
    public String email;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
