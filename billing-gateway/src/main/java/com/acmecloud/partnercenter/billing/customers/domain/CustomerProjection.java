package com.acmecloud.partnercenter.billing.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What billing-gateway knows of a customer, kept from {@code customer.events} only: the partner it is associated
 * with now (the reseller when a distributor created it), the association type, and its freeze.
 */
@Entity
@Table(name = "customer_projection")
public class CustomerProjection {

    public static final int REFERRAL = 1;
    public static final int RESALE = 2;

    @Id
    @Column(name = "customer_id")
    public String customerId;

    /** The partner the customer is associated with now; null when it is associated with nobody. */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    /** 1 referral, 2 resale; null while not associated. */
    @Column(name = "association_type")
    public Integer associationType;

    @Column(name = "domain_name")
    public String domainName;

    @Column(name = "associated_on")
    public Instant associatedOn;

    /** ACCOUNT or ACCOUNT_AND_RESOURCE while frozen by its partner, else null. */
    @Column(name = "freeze_type")
    public String freezeType;

    /** Rule 14: the least pay-per-use grace period the cloud grants the customer, in days; null when none applies. */
    @Column(name = "min_grace_period_days")
    public Integer minGracePeriodDays;

    @Column(name = "association_changed_at")
    public Instant associationChangedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isAssociatedWith(String partnerId) {
        return partnerId != null && partnerId.equals(this.partnerId);
    }

    public boolean isResale() {
        return associationType != null && associationType == RESALE;
    }

    public boolean isReferral() {
        return associationType != null && associationType == REFERRAL;
    }
}
