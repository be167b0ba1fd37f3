package com.acmecloud.partnercenter.customer.deals.domain;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's registration (报备) of a prospect: an existing account ({@link #customerId}) or a person without one,
 * known by mobile phone and/or e-mail (无账号报备). While ACTIVE and before {@link #expiresAt} it gives the partner
 * exclusive rights to the prospect and lets it invite the prospect (rule 7).
 */
@Entity
@Table(name = "deal_registration")
public class DealRegistration {

    public enum Status { ACTIVE, CONVERTED, WITHDRAWN, EXPIRED, RELEASED }

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    /** The partner holding the rights (the cloud reseller when a distributor registered for it). */
    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "customer_id")
    public String customerId;

    /** Normalised {@code 0086-1xxxxxxxxxx}. */
    @Column(name = "mobile_phone")
    public String mobilePhone;

    /** Lower case. */
    @Column(name = "email")
    public String email;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "remark")
    public String remark;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "converted_customer_id")
    public String convertedCustomerId;

    /** The public-pool entry this registration took, or (for RELEASED) the entry it became. */
    @Column(name = "pool_prospect_id")
    public UUID poolProspectId;

    public boolean isNoAccount() {
        return customerId == null;
    }

    /** Exclusive rights hold: ACTIVE and not yet at its expiry (the release job may not have run yet). */
    public boolean isActiveAt(Instant now) {
        return status == Status.ACTIVE && now.isBefore(expiresAt);
    }

    /** ACTIVE past its expiry: the release job will close it; nobody may use it meanwhile. */
    public boolean isDueAt(Instant now) {
        return status == Status.ACTIVE && !now.isBefore(expiresAt);
    }

    /**
     * Ran out by time (past its validity: EXPIRED, RELEASED, or ACTIVE and due), as opposed to ended by the partner
     * (WITHDRAWN) or by the customer's association (CONVERTED).
     */
    public boolean ranOutAt(Instant now) {
        return status == Status.EXPIRED || status == Status.RELEASED || isDueAt(now);
    }

    /** The status callers see: an ACTIVE registration past its expiry is EXPIRED (or soon RELEASED). */
    public Status statusAt(Instant now) {
        if (isDueAt(now)) {
            return isNoAccount() ? Status.RELEASED : Status.EXPIRED;
        }
        return status;
    }

    /** Whether the registration names this account: by its id, or by the account's mobile phone or e-mail. */
    public boolean names(SubCustomer account) {
        if (customerId != null) {
            return customerId.equals(account.customerId);
        }
        return names(account.mobilePhone, account.email);
    }

    /** Whether a no-account registration names this contact (mobile normalised, e-mail any case). */
    public boolean names(String mobile, String mail) {
        return (mobilePhone != null && mobilePhone.equals(mobile))
                || (email != null && mail != null && email.equalsIgnoreCase(mail));
    }

    /** Ends the registration for good (WITHDRAWN, EXPIRED or RELEASED). */
    public void close(Status outcome, String by, Instant at) {
        if (outcome == Status.ACTIVE || outcome == Status.CONVERTED) {
            throw new IllegalArgumentException("not a closing outcome: " + outcome);
        }
        status = outcome;
        closedBy = by;
        closedAt = at;
    }

    /** The prospect associated with the partner through an invitation. */
    public void convert(String customer, String by, Instant at) {
        status = Status.CONVERTED;
        convertedCustomerId = customer;
        closedBy = by;
        closedAt = at;
    }
}
