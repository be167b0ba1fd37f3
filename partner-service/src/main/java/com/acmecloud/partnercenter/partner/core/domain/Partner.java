package com.acmecloud.partnercenter.partner.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A company enrolled in the Partner Center; its id is the account id the identity provider puts in tokens. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "contact_phone", nullable = false)
    public String contactPhone;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Column(name = "xaccount_id", nullable = false)
    public String xaccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "real_name_status", nullable = false)
    public RealNameStatus realNameStatus;

    @Column(name = "email_bound_at")
    public Instant emailBoundAt;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    // Partner status (programs, certificates, partner status, distributors and resellers)

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerStatus status = PartnerStatus.ACTIVE;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "status_changed_by")
    public String statusChangedBy;

    // Test account (set by operators; customer-service refuses it the operations that bring real customers)

    @Column(name = "test_account", nullable = false)
    public boolean testAccount;

    @Column(name = "test_account_reason")
    public String testAccountReason;

    @Column(name = "test_account_changed_at")
    public Instant testAccountChangedAt;

    @Column(name = "test_account_changed_by")
    public String testAccountChangedBy;

    public boolean emailBound() {
        return emailBoundAt != null;
    }
}
