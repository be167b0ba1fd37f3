package com.acmecloud.partnercenter.customer.partners.domain;

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
 * What customer-service knows of a partner, kept from {@code partner.events} only (never from partner-service's
 * database). A partner no event has named yet is treated as {@link #unknown(String) ACTIVE with no programs}.
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

    @Column(name = "real_name_attachment_upload", nullable = false)
    public boolean realNameAttachmentUpload;

    @Column(name = "xaccount_type")
    public String xaccountType;

    @Column(name = "obs_bucket_name")
    public String obsBucketName;

    @Column(name = "obs_region")
    public String obsRegion;

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
