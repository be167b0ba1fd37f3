package com.acmecloud.partnercenter.platform.events.partners;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every service that serves partners keeps of a partner from {@code partner.events} (never from
 * partner-service's database): registration, status, whether it is a test account, programs and the distributor it is
 * linked to. A service's {@code partner_projection} entity extends this with the columns only it needs; a partner no
 * event has named yet reads as unregistered, ACTIVE, no test account, with no programs.
 */
@MappedSuperclass
public abstract class PartnerProjectionBase {

    public static final String DISTRIBUTOR = "DISTRIBUTOR";

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "registered", nullable = false)
    public boolean registered;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PartnerStatus status = PartnerStatus.ACTIVE;

    /** Marked by an operator as a test account (partner.test_account_changed.v1). */
    @Column(name = "test_account", nullable = false)
    public boolean testAccount;

    @Column(name = "joined_programs", nullable = false)
    public String joinedPrograms = "";

    /** The distributor whose link the reseller accepted, null when it has none. */
    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

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
