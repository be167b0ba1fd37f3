package com.acmecloud.partnercenter.customer.verification.domain;

import com.acmecloud.partnercenter.platform.api.verification.OneTimeCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A verification code sent by SMS to {@code mobilePhone} or by e-mail to {@code email} (rule 21). Only a salted hash
 * of the code is stored ({@link OneTimeCodes}).
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

    public enum Check { ACCEPTED, WRONG, EXPIRED, LOCKED }

    @Id
    @Column(name = "code_id")
    public UUID codeId;

    /** The receiver of an SMS code (null for an e-mail code). */
    @Column(name = "mobile_phone")
    public String mobilePhone;

    /** The receiver of an e-mail code, lower case (null for an SMS code). */
    @Column(name = "email")
    public String email;

    @Column(name = "scene", nullable = false)
    public short scene;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "failed_checks", nullable = false)
    public int failedChecks;

    @Column(name = "used_at")
    public Instant usedAt;

    /** Scene 18 (bank-card real-name): the customer the code was sent for; null for other scenes. */
    @Column(name = "customer_id")
    public String customerId;

    /**
     * Checks a code the caller typed. A code that failed more than {@code maxFailedChecks} checks is blocked,
     * even for the right code; a wrong code counts as a failed check.
     */
    public Check check(String code, Instant now, int maxFailedChecks) {
        if (failedChecks > maxFailedChecks) {
            return Check.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (!OneTimeCodes.matches(codeHash, codeId, code)) {
            failedChecks++;
            return failedChecks > maxFailedChecks ? Check.LOCKED : Check.WRONG;
        }
        return Check.ACCEPTED;
    }

    /** The stored form of {@code code} ({@link OneTimeCodes#hash}). */
    public static String hash(UUID codeId, String code) {
        return OneTimeCodes.hash(codeId, code);
    }
}
