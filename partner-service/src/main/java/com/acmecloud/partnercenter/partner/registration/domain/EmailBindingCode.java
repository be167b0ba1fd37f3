package com.acmecloud.partnercenter.partner.registration.domain;

import com.acmecloud.partnercenter.platform.api.verification.OneTimeCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail binding code sent to {@code email} for {@code partnerId}; only its salted hash is stored. Rows stay after
 * use or expiry: they are what the send limits and the failed-check window count.
 */
@Entity
@Table(name = "email_binding_code")
public class EmailBindingCode {

    public enum Check { ACCEPTED, WRONG, EXPIRED, LOCKED }

    @Id
    @Column(name = "code_id")
    public UUID codeId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** Lower case, as the partner's contact e-mail. */
    @Column(nullable = false)
    public String email;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "failed_checks", nullable = false)
    public int failedChecks;

    @Column(name = "used_at")
    public Instant usedAt;

    /**
     * Checks a code the partner typed. {@code failedInWindow} is the number of failed checks already counted against
     * this partner and this address in the rolling window (this code's included): at {@code maxFailedChecks} every
     * code is blocked, even the right one. A wrong code counts as one more failed check; the one that reaches
     * {@code maxFailedChecks} is answered LOCKED.
     */
    public Check check(String code, Instant now, long failedInWindow, int maxFailedChecks) {
        if (failedInWindow >= maxFailedChecks) {
            return Check.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (!OneTimeCodes.matches(codeHash, codeId, code)) {
            failedChecks++;
            return failedInWindow + 1 >= maxFailedChecks ? Check.LOCKED : Check.WRONG;
        }
        return Check.ACCEPTED;
    }
}
