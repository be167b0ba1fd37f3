package com.acmecloud.partnercenter.customer.associations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's request to switch a customer's association type (rule 26), which the customer confirms or rejects.
 * Only {@link AssociationLifecycle} changes its status; a decided request is never changed again.
 */
@Entity
@Table(name = "association_change_request")
public class AssociationChangeRequest {

    public enum Status { PENDING, CONFIRMED, REJECTED, CANCELLED, EXPIRED }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "from_type", nullable = false)
    public short fromType;

    @Column(name = "to_type", nullable = false)
    public short toType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The status as of {@code now}: a pending request past its expiry reads as expired before the sweep marks it. */
    public Status statusAt(Instant now) {
        return isDueAt(now) ? Status.EXPIRED : status;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Pending, but its time to be decided is over. */
    public boolean isDueAt(Instant now) {
        return status == Status.PENDING && !expiresAt.isAfter(now);
    }

    void close(Status outcome, String by, Instant at) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }
}
