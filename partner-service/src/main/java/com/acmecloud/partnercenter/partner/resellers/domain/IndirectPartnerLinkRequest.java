package com.acmecloud.partnercenter.partner.resellers.domain;

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
 * A distributor's request to link a cloud reseller. Nothing is effective until the reseller accepts it; it can be
 * decided once (accepted, rejected or withdrawn) and only before {@link #expiresAt}.
 */
@Entity
@Table(name = "indirect_partner_link_request")
public class IndirectPartnerLinkRequest {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "distributor_id", nullable = false)
    public String distributorId;

    @Column(name = "indirect_partner_id", nullable = false)
    public String indirectPartnerId;

    /** Stored status; see {@link #statusAt(Instant)} for the one callers see. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LinkRequestStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String reason;

    /** A pending request past its expiry is EXPIRED. */
    public LinkRequestStatus statusAt(Instant now) {
        if (status == LinkRequestStatus.PENDING && !now.isBefore(expiresAt)) {
            return LinkRequestStatus.EXPIRED;
        }
        return status;
    }

    /** Why the request cannot be accepted, rejected or withdrawn at {@code now}; empty when it can. */
    public Optional<CbcError> refusalAt(Instant now) {
        return switch (statusAt(now)) {
            case PENDING -> Optional.empty();
            case EXPIRED -> Optional.of(CbcError.LINK_REQUEST_EXPIRED);
            case ACCEPTED, REJECTED, WITHDRAWN -> Optional.of(CbcError.LINK_REQUEST_CLOSED);
        };
    }

    /** Decides the pending request for good. */
    public void close(LinkRequestStatus outcome, String by, Instant at, String why) {
        if (outcome == LinkRequestStatus.PENDING) {
            throw new IllegalArgumentException("not a closing outcome: " + outcome);
        }
        status = outcome;
        closedBy = by;
        closedAt = at;
        reason = why;
    }
}
