package com.acmecloud.partnercenter.partner.members.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Domain rule 3's daily cap: at most {@code maxPerDay} invitations per partner in any rolling 24 hours
 * (not per calendar day, so a burst around midnight cannot double the cap). Revoked, declined and expired
 * invitations still count: revoking cannot be used to send more.
 */
public record InvitationQuota(int maxPerDay) {

    public static final Duration WINDOW = Duration.ofHours(24);

    /** Start of the window that counts for an invitation sent at {@code now} (exclusive). */
    public Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** True when a partner that sent {@code sentInWindow} invitations in the window may send one more. */
    public boolean allowsAnother(long sentInWindow) {
        return sentInWindow < maxPerDay;
    }
}
