package com.acmecloud.partnercenter.billing.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What billing-gateway knows of a partner, kept from {@code partner.events} only. A partner no event has named yet
 * is {@link #unknown(String) unregistered, ACTIVE, with no programs}.
 */
@Entity
@Table(name = "partner_projection")
public class PartnerProjection {

    public static final String DISTRIBUTOR = "DISTRIBUTOR";

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "registered", nullable = false)
    public boolean registered;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PartnerStatus status = PartnerStatus.ACTIVE;

    @Column(name = "joined_programs", nullable = false)
    public String joinedPrograms = "";

    @Column(name = "distributor_id")
    public String distributorId;

    /** PENDING, VERIFIED or REJECTED (business_information.changed.v1), null if never submitted. */
    @Column(name = "business_info_status")
    public String businessInfoStatus;

    /** Rule 60: payouts wait while nothing is verified or a change is pending. */
    @Column(name = "payout_blocked", nullable = false)
    public boolean payoutBlocked = true;

    /** Rule 41: the verified business information's contracting entity (withdrawals go to accounts in this name). */
    @Column(name = "verified_company_name")
    public String verifiedCompanyName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static PartnerProjection unknown(String partnerId) {
        PartnerProjection projection = new PartnerProjection();
        projection.partnerId = partnerId;
        return projection;
    }

    public Set<String> programs() {
        Set<String> programs = new TreeSet<>();
        if (!joinedPrograms.isEmpty()) {
            programs.addAll(Arrays.asList(joinedPrograms.split(",")));
        }
        return programs;
    }

    public void join(String program) {
        Set<String> programs = programs();
        programs.add(program);
        joinedPrograms = String.join(",", programs);
    }

    public boolean isDistributor() {
        return programs().contains(DISTRIBUTOR);
    }
}
