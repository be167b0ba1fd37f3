package com.acmecloud.partnercenter.partner.members.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's invitation of a person to become a member (domain rule 3): valid until {@link #expiresAt},
 * usable once (accepted, declined or revoked closes it).
 */
@Entity
@Table(name = "member_invitation")
public class MemberInvitation {

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "invitee_type", nullable = false)
    public InviteeType inviteeType;

    @Column(nullable = false)
    public String invitee;

    /** SHA-256 (hex) of the single-use token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    /** PENDING, ACCEPTED, DECLINED or REVOKED; see {@link #statusAt(Instant)} for the status callers see. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus status;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** The status as of {@code now}: a pending invitation past its expiry is EXPIRED. */
    public InvitationStatus statusAt(Instant now) {
        if (status == InvitationStatus.PENDING && !now.isBefore(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        return status;
    }

    /** Why the invitation cannot be accepted, declined or revoked at {@code now}; empty when it can. */
    public Optional<CbcError> refusalAt(Instant now) {
        return switch (statusAt(now)) {
            case PENDING -> Optional.empty();
            case EXPIRED -> Optional.of(CbcError.MEMBER_INVITATION_EXPIRED);
            case REVOKED -> Optional.of(CbcError.MEMBER_INVITATION_REVOKED);
            case ACCEPTED, DECLINED -> Optional.of(CbcError.MEMBER_INVITATION_USED);
        };
    }

    /**
     * Whether a caller whose token carries {@code email} may use the invitation: an e-mail invitation only by that
     * address (compared case-insensitively); a token without an e-mail claim never matches one.
     */
    public boolean isFor(Optional<String> email) {
        if (inviteeType != InviteeType.EMAIL) {
            return true;
        }
        return email.map(address -> address.trim().equalsIgnoreCase(invitee.trim())).orElse(false);
    }

    /** Closes the pending invitation for good: it can never be used again. */
    public void close(InvitationStatus outcome, String by, Instant at) {
        if (outcome == InvitationStatus.PENDING || outcome == InvitationStatus.EXPIRED) {
            throw new IllegalArgumentException("not a closing outcome: " + outcome);
        }
        status = outcome;
        closedBy = by;
        closedAt = at;
    }
}
