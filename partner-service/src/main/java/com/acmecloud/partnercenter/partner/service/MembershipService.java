package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.InvitationStatus;
import com.acmecloud.partnercenter.partner.domain.InvitationTokens;
import com.acmecloud.partnercenter.partner.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.domain.MembershipStatus;
import com.acmecloud.partnercenter.partner.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.events.MemberEventPublisher;
import com.acmecloud.partnercenter.partner.repository.MemberInvitationRepository;
import com.acmecloud.partnercenter.partner.repository.PartnerMemberRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Memberships: a person accepts (or declines) an invitation with its token, is a member of one partner at a
 * time, and stops being one when the partner removes them or they leave.
 */
@ApplicationScoped
public class MembershipService {

    private final MemberInvitationRepository invitations;
    private final PartnerMemberRepository members;
    private final MemberEventPublisher events;
    private final Clock clock;

    MembershipService(MemberInvitationRepository invitations, PartnerMemberRepository members,
                      MemberEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PartnerMember accept(String token, String person) {
        members.lockPerson(person);
        MemberInvitation invitation = usableInvitation(token);
        members.activeOf(person).ifPresent(current -> {
            throw new CbcException(CbcError.MEMBER_OF_ANOTHER_PARTNER,
                    current.partnerId.equals(invitation.partnerId)
                            ? "You are already a member of this partner."
                            : CbcError.MEMBER_OF_ANOTHER_PARTNER.message());
        });
        Instant now = now();
        invitation.close(InvitationStatus.ACCEPTED, person, now);
        PartnerMember member = new PartnerMember();
        member.memberId = UUID.randomUUID();
        member.partnerId = invitation.partnerId;
        member.person = person;
        member.invitationId = invitation.invitationId;
        member.status = MembershipStatus.ACTIVE;
        member.joinedAt = now;
        members.persist(member);
        events.joined(member);
        return member;
    }

    @Transactional
    public MemberInvitation decline(String token, String person) {
        MemberInvitation invitation = usableInvitation(token);
        invitation.close(InvitationStatus.DECLINED, person, now());
        events.declined(invitation);
        return invitation;
    }

    @Transactional
    public PartnerMember current(String person) {
        return members.activeOf(person).orElseThrow(() -> new CbcException(CbcError.NOT_A_MEMBER));
    }

    @Transactional
    public PartnerMember leave(String person) {
        members.lockPerson(person);
        PartnerMember member = members.activeOf(person).orElseThrow(() -> new CbcException(CbcError.NOT_A_MEMBER));
        member.end(MembershipStatus.LEFT, now());
        events.removed(member);
        return member;
    }

    @Transactional
    public PartnerMember remove(String partnerId, UUID memberId) {
        PartnerMember member = members.lockActiveOfPartner(partnerId, memberId)
                .orElseThrow(() -> new CbcException(CbcError.MEMBER_NOT_FOUND));
        member.end(MembershipStatus.REMOVED, now());
        events.removed(member);
        return member;
    }

    @Transactional
    public PartnerMember activeOfPartner(String partnerId, UUID memberId) {
        return members.activeOfPartner(partnerId, memberId)
                .orElseThrow(() -> new CbcException(CbcError.MEMBER_NOT_FOUND));
    }

    @Transactional
    public Page<PartnerMember> ofPartner(String partnerId, int offset, int limit) {
        return new Page<>(members.countActiveOfPartner(partnerId),
                members.pageActiveOfPartner(partnerId, offset, limit));
    }

    private MemberInvitation usableInvitation(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            throw new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND);
        }
        MemberInvitation invitation = invitations.lockByTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND));
        invitation.refusalAt(now()).ifPresent(refusal -> {
            throw new CbcException(refusal);
        });
        return invitation;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
