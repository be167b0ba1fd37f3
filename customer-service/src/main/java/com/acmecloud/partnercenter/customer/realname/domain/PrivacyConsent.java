package com.acmecloud.partnercenter.customer.realname.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's consent to the privacy statement (seed 16 / rule 22), append-only (the table refuses updates and
 * deletes): which text version, when the customer consented, who recorded it and how.
 */
@Entity
@Table(name = "privacy_consent")
public class PrivacyConsent {

    /** How a consent reached us. */
    public enum RecordedVia {
        /** The customer itself, with its own token. */
        CUSTOMER,
        /** Its partner, which collected it on its sign-up page. */
        PARTNER
    }

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public String partnerId;

    @Column(name = "text_version", nullable = false, updatable = false)
    public String textVersion;

    @Column(name = "consented_at", nullable = false, updatable = false)
    public Instant consentedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false, updatable = false)
    public RecordedVia recordedVia;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
