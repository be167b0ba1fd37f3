package com.acmecloud.partnercenter.partner.events;

import com.acmecloud.partnercenter.partner.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.domain.PersonKey;
import com.acmecloud.partnercenter.partner.domain.PersonalCertification;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
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

    public void invited(MemberInvitation invitation) {
        outbox.append(PartnerEvents.MEMBER_INVITED, invitation.partnerId, invitation.invitationId.toString(),
                new PartnerEvents.MemberInvited(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.inviteeType.name(), invitation.invitee, invitation.invitedBy, invitation.createdAt,
                        invitation.expiresAt));
    }

    public void declined(MemberInvitation invitation) {
        closed(PartnerEvents.MEMBER_INVITATION_DECLINED, invitation);
    }

    public void revoked(MemberInvitation invitation) {
        closed(PartnerEvents.MEMBER_INVITATION_REVOKED, invitation);
    }

    public void joined(PartnerMember member) {
        outbox.append(PartnerEvents.MEMBER_JOINED, member.partnerId, member.memberId.toString(),
                new PartnerEvents.MemberJoined(member.partnerId, member.memberId.toString(),
                        member.invitationId.toString(), member.person, member.joinedAt));
    }

    public void removed(PartnerMember member) {
        outbox.append(PartnerEvents.MEMBER_REMOVED, member.partnerId, member.memberId.toString(),
                new PartnerEvents.MemberRemoved(member.partnerId, member.memberId.toString(), member.person,
                        member.status.name(), member.endedAt));
    }

    /** @param member the person's current membership, or null when the person is nobody's member */
    public void certificationAdded(PersonalCertification certification, PartnerMember member) {
        String partnerId = member == null ? null : member.partnerId;
        outbox.append(PartnerEvents.MEMBER_CERTIFICATION_ADDED,
                partnerId == null ? PersonKey.of(certification.person) : partnerId,
                certification.certificationId.toString(),
                new PartnerEvents.MemberCertificationAdded(partnerId,
                        member == null ? null : member.memberId.toString(), certification.person,
                        certification.certificationId.toString(), certification.level.name(), certification.track,
                        certification.certificateNumber, certification.validFrom, certification.validTo,
                        certification.recordedAt));
    }

    private void closed(EventType<PartnerEvents.MemberInvitationClosed> type,
                        MemberInvitation invitation) {
        outbox.append(type, invitation.partnerId, invitation.invitationId.toString(),
                new PartnerEvents.MemberInvitationClosed(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.closedBy, invitation.closedAt));
    }
}
