package com.acmecloud.partnercenter.partner.members.events;

import com.acmecloud.partnercenter.partner.members.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.members.domain.PersonKey;
import com.acmecloud.partnercenter.partner.members.domain.PersonalCertification;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Member and personal-certification changes as {@code partner.events} through the outbox (same transaction).
 * Key = partner id; a certification recorded by a person who is nobody's member is keyed by the person
 * ({@link PersonKey}) and carries {@code partner_id: null}.
 */
@ApplicationScoped
public class MemberEventPublisher {

    private final OutboxWriter outbox;

    MemberEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> invited(MemberInvitation invitation) {
        return outbox.append(PartnerEvents.MEMBER_INVITED, invitation.partnerId, invitation.invitationId.toString(),
                new PartnerEvents.MemberInvited(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.inviteeType.name(), invitation.invitee, invitation.invitedBy, invitation.createdAt,
                        invitation.expiresAt)).replaceWithVoid();
    }

    public Uni<Void> declined(MemberInvitation invitation) {
        return closed(PartnerEvents.MEMBER_INVITATION_DECLINED, invitation);
    }

    public Uni<Void> revoked(MemberInvitation invitation) {
        return closed(PartnerEvents.MEMBER_INVITATION_REVOKED, invitation);
    }

    public Uni<Void> joined(PartnerMember member) {
        return outbox.append(PartnerEvents.MEMBER_JOINED, member.partnerId, member.memberId.toString(),
                new PartnerEvents.MemberJoined(member.partnerId, member.memberId.toString(),
                        member.invitationId.toString(), member.person, member.joinedAt)).replaceWithVoid();
    }

    public Uni<Void> removed(PartnerMember member) {
        return outbox.append(PartnerEvents.MEMBER_REMOVED, member.partnerId, member.memberId.toString(),
                new PartnerEvents.MemberRemoved(member.partnerId, member.memberId.toString(), member.person,
                        member.status.name(), member.endedAt)).replaceWithVoid();
    }

    /** @param member the person's current membership, or null when the person is nobody's member */
    public Uni<Void> certificationAdded(PersonalCertification certification, PartnerMember member) {
        String partnerId = member == null ? null : member.partnerId;
        return outbox.append(PartnerEvents.MEMBER_CERTIFICATION_ADDED,
                partnerId == null ? PersonKey.of(certification.person) : partnerId,
                certification.certificationId.toString(),
                new PartnerEvents.MemberCertificationAdded(partnerId,
                        member == null ? null : member.memberId.toString(), certification.person,
                        certification.certificationId.toString(), certification.level.name(), certification.track,
                        certification.certificateNumber, certification.validFrom, certification.validTo,
                        certification.recordedAt)).replaceWithVoid();
    }

    private Uni<Void> closed(EventType<PartnerEvents.MemberInvitationClosed> type,
                        MemberInvitation invitation) {
        return outbox.append(type, invitation.partnerId, invitation.invitationId.toString(),
                new PartnerEvents.MemberInvitationClosed(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.closedBy, invitation.closedAt)).replaceWithVoid();
    }
}
