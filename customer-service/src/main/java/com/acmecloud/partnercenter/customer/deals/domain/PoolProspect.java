package com.acmecloud.partnercenter.customer.deals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A prospect in the public pool (公海池): a no-account registration released unconverted (seed 2). Any partner sees
 * it with a masked contact and may register it, which takes it out of the pool.
 */
@Entity
@Table(name = "pool_prospect")
public class PoolProspect {

    @Id
    @Column(name = "prospect_id")
    public UUID prospectId;

    @Column(name = "mobile_phone")
    public String mobilePhone;

    @Column(name = "email")
    public String email;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "released_from", nullable = false)
    public UUID releasedFrom;

    @Column(name = "released_at", nullable = false)
    public Instant releasedAt;

    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "taken_by_registration")
    public UUID takenByRegistration;

    public static PoolProspect releasedFrom(DealRegistration registration, Instant at) {
        PoolProspect prospect = new PoolProspect();
        prospect.prospectId = UUID.randomUUID();
        prospect.mobilePhone = registration.mobilePhone;
        prospect.email = registration.email;
        prospect.companyName = registration.companyName;
        prospect.releasedFrom = registration.registrationId;
        prospect.releasedAt = at;
        return prospect;
    }

    public boolean isOpen() {
        return takenAt == null;
    }

    public void takeBy(UUID registrationId, Instant at) {
        takenAt = at;
        takenByRegistration = registrationId;
    }
}
