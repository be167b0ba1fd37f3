package com.acmecloud.partnercenter.customer.realname.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One real-name submission of a customer, made by its partner and reviewed by an operator. ID numbers are kept only
 * as keyed hashes, bank card and phone numbers only masked.
 */
@Entity
@Table(name = "realname_auth")
public class RealNameAuth {

    @Id
    @Column(name = "auth_id")
    public UUID authId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_type", nullable = false)
    public AuthType authType;

    @Column(name = "identify_type", nullable = false)
    public short identifyType;

    @Column(name = "verified_type")
    public Short verifiedType;

    @Column(name = "certificate_type")
    public Short certificateType;

    /** -1 new, 1 individual to enterprise (rule 54). */
    @Column(name = "change_type", nullable = false)
    public short changeType;

    /** The person's name or {@code corp_name}. */
    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "verified_number_hash", nullable = false)
    public String verifiedNumberHash;

    /** Keys relative to the bucket's {@code download/} folder, one per line, in the submitted order. */
    @Column(name = "file_paths", nullable = false)
    public String filePaths;

    @Column(name = "reg_country")
    public String regCountry;

    @Column(name = "reg_address")
    public String regAddress;

    @Column(name = "legal_person_name")
    public String legalPersonName;

    @Column(name = "legal_id_number_hash")
    public String legalIdNumberHash;

    @Column(name = "certifier_role")
    public String certifierRole;

    @Column(name = "bank_account_masked")
    public String bankAccountMasked;

    @Column(name = "bank_mobile_masked")
    public String bankMobileMasked;

    @Column(name = "xaccount_type")
    public String xaccountType;

    /** The partner's bucket when the request was accepted (the files are in its {@code download/} folder). */
    @Column(name = "obs_bucket_name", nullable = false)
    public String obsBucketName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ReviewStatus status;

    @Column(name = "opinion")
    public String opinion;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public List<String> files() {
        return Arrays.asList(filePaths.split("\n"));
    }

    public void files(List<String> paths) {
        filePaths = String.join("\n", paths);
    }

    /** Rule 52: an operator approves or rejects a submission under review, once. */
    public void review(boolean approve, String opinion, String reviewer, Instant now) {
        status = approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        this.opinion = opinion;
        reviewedBy = reviewer;
        reviewedAt = now;
    }

    /** {@code 6222020000001234} becomes {@code ************1234}. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int visible = Math.min(4, number.length() / 2);
        return "*".repeat(number.length() - visible) + number.substring(number.length() - visible);
    }
}
