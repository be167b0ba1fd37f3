package com.acmecloud.partnercenter.customer.deals.domain;

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
 * An invitation of a registered prospect to associate with the partner in a given mode (rules 7-9). ONLINE links
 * (sent by e-mail) expire; OFFLINE links and QR codes do not; every code is single use.
 */
@Entity
@Table(name = "customer_invitation")
public class CustomerInvitation {

    public enum Channel { ONLINE, OFFLINE }

    /** What is stored; EXPIRED is only ever derived ({@link #statusAt}). */
    public enum Status { PENDING, USED, EXPIRED }

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    /** 1 referral, 2 resale: the mode the customer associates in when accepting. */
    @Column(name = "association_type", nullable = false)
    public short associationType;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "sent_to_email")
    public String sentToEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** Null for OFFLINE: offline links and QR codes never expire (rule 8). */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "used_by_customer_id")
    public String usedByCustomerId;

    public Status statusAt(Instant now) {
        if (status == Status.PENDING && expiresAt != null && !now.isBefore(expiresAt)) {
            return Status.EXPIRED;
        }
        return status;
    }

    /** Rule 9: why the code cannot be used at {@code now} (used, expired); empty when it can. */
    public Optional<CbcError> refusalAt(Instant now) {
        return switch (statusAt(now)) {
            case PENDING -> Optional.empty();
            case USED -> Optional.of(CbcError.INVITATION_USED);
            case EXPIRED -> Optional.of(CbcError.INVITATION_EXPIRED);
        };
    }

    /**
     * Whether the invitation's registration still lets it be accepted at {@code now}: while ACTIVE; and an OFFLINE
     * link or QR code also once the registration ran out by time, since those never expire (rule 8) — but not once
     * the partner withdrew it or the prospect became a customer.
     */
    public boolean registrationAllowsAt(DealRegistration registration, Instant now) {
        return registration.isActiveAt(now) || (channel == Channel.OFFLINE && registration.ranOutAt(now));
    }

    public void use(String customerId, Instant at) {
        status = Status.USED;
        usedByCustomerId = customerId;
        usedAt = at;
    }
}
