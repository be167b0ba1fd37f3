package com.acmecloud.partnercenter.partner.members.service;

import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.members.config.MemberConfig;
import com.acmecloud.partnercenter.partner.members.domain.InvitationQuota;
import com.acmecloud.partnercenter.partner.members.domain.InvitationStatus;
import com.acmecloud.partnercenter.partner.members.domain.InvitationTokens;
import com.acmecloud.partnercenter.partner.members.domain.InviteeType;
import com.acmecloud.partnercenter.partner.members.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.members.events.MemberEventPublisher;
import com.acmecloud.partnercenter.partner.members.repository.MemberInvitationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** A partner's member invitations (domain rule 3): sending within the daily cap, listing, revoking. */
@ApplicationScoped
public class MemberInvitationService {

    /** Where the invitee uses the token: {@code POST <link>/accept} or {@code <link>/decline}. */
    public static final String LINK_PREFIX = "/v2/members/invitations/";

    private static final Logger LOG = Logger.getLogger(MemberInvitationService.class);

    /** A new invitation and its token, which exists only in this answer (the database keeps a hash). */
    public record Sent(MemberInvitation invitation, String token) {
        public String link() {
            return LINK_PREFIX + token;
        }
    }

    private final PartnerRepository partners;
    private final MemberInvitationRepository invitations;
    private final MemberEventPublisher events;
    private final MemberConfig config;
    private final DevInvitationMailbox devMailbox;
    private final Clock clock;

    MemberInvitationService(PartnerRepository partners, MemberInvitationRepository invitations,
                            MemberEventPublisher events, MemberConfig config, DevInvitationMailbox devMailbox,
                            Clock clock) {
        this.partners = partners;
        this.invitations = invitations;
        this.events = events;
        this.config = config;
        this.devMailbox = devMailbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Sent> invite(String partnerId, InviteeType type, String invitee, String invitedBy) {
        String normalised = invitee.trim();
        type.problemWith(normalised).ifPresent(problem -> {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("invitee", CbcError.PARAMETER_ERROR, problem)));
        });
        InvitationQuota quota = new InvitationQuota(config.maxInvitationsPerDay());
        // the partner row lock serialises one partner's invitations, so the count below cannot be raced
        return partners.lock(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> {
                    Instant now = now();
                    return invitations.countSentAfter(partnerId, quota.windowStart(now))
                            .chain(sentInWindow -> {
                                if (!quota.allowsAnother(sentInWindow)) {
                                    throw new CbcException(CbcError.MEMBER_INVITATION_DAILY_LIMIT,
                                            "The partner already sent " + config.maxInvitationsPerDay()
                                                    + " member invitations in the last 24 hours. Try again later.");
                                }
                                String token = InvitationTokens.newToken();
                                MemberInvitation invitation =
                                        newInvitation(partnerId, type, normalised, invitedBy, now);
                                invitation.tokenHash = InvitationTokens.hash(token);
                                return invitations.persist(invitation).map(persisted -> new Sent(persisted, token));
                            });
                })
                .call(sent -> events.invited(sent.invitation()))
                .invoke(sent -> {
                    MemberInvitation invitation = sent.invitation();
                    // delivering the link (e-mail, SMS, in-console message) is not implemented; the link is a
                    // secret and never logged: the local stack reads it from the dev outbox
                    devMailbox.keep(invitation.partnerId, invitation.invitationId, invitation.invitee, sent.link(),
                            invitation.expiresAt);
                    LOG.infof("Member invitation %s of partner %s (%s) created, expires %s",
                            invitation.invitationId, partnerId, type, invitation.expiresAt);
                });
    }

    private MemberInvitation newInvitation(String partnerId, InviteeType type, String invitee, String invitedBy,
                                           Instant now) {
        MemberInvitation invitation = new MemberInvitation();
        invitation.invitationId = UUID.randomUUID();
        invitation.partnerId = partnerId;
        invitation.inviteeType = type;
        invitation.invitee = invitee;
        invitation.status = InvitationStatus.PENDING;
        invitation.invitedBy = invitedBy;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.invitationTtl()).truncatedTo(ChronoUnit.SECONDS);
        return invitation;
    }

    @WithTransaction
    public Uni<Page<MemberInvitation>> ofPartner(String partnerId, int offset, int limit) {
        return invitations.countOfPartner(partnerId).chain(total -> invitations.pageOfPartner(partnerId, offset, limit)
                .map(items -> new Page<>(total, items)));
    }

    @WithTransaction
    public Uni<MemberInvitation> revoke(String partnerId, UUID invitationId, String revokedBy) {
        return invitations.lockOfPartner(partnerId, invitationId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND))
                .invoke(invitation -> {
                    Instant now = now();
                    invitation.refusalAt(now).ifPresent(refusal -> {
                        throw new CbcException(refusal);
                    });
                    invitation.close(InvitationStatus.REVOKED, revokedBy, now);
                })
                .call(events::revoked);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
