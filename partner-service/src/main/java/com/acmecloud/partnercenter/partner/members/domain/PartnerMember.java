package com.acmecloud.partnercenter.partner.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's membership of a partner, created by accepting an invitation. A person has at most one
 * ACTIVE membership (seed 15 / rule 3: certifications count for one partner at a time).
 */
@Entity
@Table(name = "partner_member")
public class PartnerMember {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** The person: the subject of their token. */
    @Column(nullable = false)
    public String person;

    @Column(name = "invitation_id", nullable = false)
    public UUID invitationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public void end(MembershipStatus reason, Instant at) {
        if (reason == MembershipStatus.ACTIVE) {
            throw new IllegalArgumentException("not an ending: " + reason);
        }
        status = reason;
        endedAt = at;
    }
}
