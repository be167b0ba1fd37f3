package com.acmecloud.partnercenter.partner.members.service;

import com.acmecloud.partnercenter.partner.members.domain.InvitationStatus;
import com.acmecloud.partnercenter.partner.members.domain.InvitationTokens;
import com.acmecloud.partnercenter.partner.members.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.members.domain.MembershipStatus;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.members.events.MemberEventPublisher;
import com.acmecloud.partnercenter.partner.members.repository.MemberInvitationRepository;
import com.acmecloud.partnercenter.partner.members.repository.PartnerMemberRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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

    /** {@code email}: the caller's token e-mail claim; an e-mail invitation is for that address only. */
    @WithTransaction
    public Uni<PartnerMember> accept(String token, String person, Optional<String> email) {
        return members.lockPerson(person)
                .chain(() -> usableInvitation(token, email))
                .chain(invitation -> members.activeOf(person).chain(current -> {
                    if (current != null) {
                        throw new CbcException(CbcError.MEMBER_OF_ANOTHER_PARTNER,
                                current.partnerId.equals(invitation.partnerId)
                                        ? "You are already a member of this partner."
                                        : CbcError.MEMBER_OF_ANOTHER_PARTNER.message());
                    }
                    Instant now = now();
                    invitation.close(InvitationStatus.ACCEPTED, person, now);
                    PartnerMember member = new PartnerMember();
                    member.memberId = UUID.randomUUID();
                    member.partnerId = invitation.partnerId;
                    member.person = person;
                    member.invitationId = invitation.invitationId;
                    member.status = MembershipStatus.ACTIVE;
                    member.joinedAt = now;
                    return members.persist(member);
                }))
                .call(events::joined);
    }

    @WithTransaction
    public Uni<MemberInvitation> decline(String token, String person, Optional<String> email) {
        return usableInvitation(token, email)
                .invoke(invitation -> invitation.close(InvitationStatus.DECLINED, person, now()))
                .call(events::declined);
    }

    @WithTransaction
    public Uni<PartnerMember> current(String person) {
        return members.activeOf(person).onItem().ifNull().failWith(() -> new CbcException(CbcError.NOT_A_MEMBER));
    }

    @WithTransaction
    public Uni<PartnerMember> leave(String person) {
        return members.lockPerson(person)
                .chain(() -> members.activeOf(person))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.NOT_A_MEMBER))
                .invoke(member -> member.end(MembershipStatus.LEFT, now()))
                .call(events::removed);
    }

    @WithTransaction
    public Uni<PartnerMember> remove(String partnerId, UUID memberId) {
        return members.lockActiveOfPartner(partnerId, memberId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.MEMBER_NOT_FOUND))
                .invoke(member -> member.end(MembershipStatus.REMOVED, now()))
                .call(events::removed);
    }

    @WithTransaction
    public Uni<PartnerMember> activeOfPartner(String partnerId, UUID memberId) {
        return members.activeOfPartner(partnerId, memberId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.MEMBER_NOT_FOUND));
    }

    @WithTransaction
    public Uni<Page<PartnerMember>> ofPartner(String partnerId, int offset, int limit) {
        return members.countActiveOfPartner(partnerId).chain(total -> members
                .pageActiveOfPartner(partnerId, offset, limit).map(items -> new Page<>(total, items)));
    }

    private Uni<MemberInvitation> usableInvitation(String token, Optional<String> email) {
        if (!InvitationTokens.wellFormed(token)) {
            return Uni.createFrom().failure(new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND));
        }
        return invitations.lockByTokenHash(InvitationTokens.hash(token))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND))
                .invoke(invitation -> {
                    invitation.refusalAt(now()).ifPresent(refusal -> {
                        throw new CbcException(refusal);
                    });
                    if (!invitation.isFor(email)) {
                        throw new CbcException(CbcError.MEMBER_INVITATION_FOR_ANOTHER_EMAIL);
                    }
                });
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
