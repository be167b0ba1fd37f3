package com.acmecloud.partnercenter.partner.programs.domain;

import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A certificate's status, derived when it is read — never stored, so it cannot go stale.
 * REVOKED: the partner has exited the partner network (its certificates no longer vouch for it).
 */
public enum CertificateStatus {
    VALID, EXPIRING, EXPIRED, REVOKED;

    public static CertificateStatus of(Instant validTo, PartnerStatus partnerStatus, Instant now, Duration expiringWithin) {
        if (partnerStatus == PartnerStatus.EXITED) {
            return REVOKED;
        }
        if (!now.isBefore(validTo)) {
            return EXPIRED;
        }
        return now.plus(expiringWithin).isBefore(validTo) ? VALID : EXPIRING;
    }

    /** Whether the certificate currently vouches for the partner. */
    public boolean valid() {
        return this == VALID || this == EXPIRING;
    }
}
