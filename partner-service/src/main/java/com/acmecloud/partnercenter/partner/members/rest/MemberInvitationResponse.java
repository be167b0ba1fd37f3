package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.InvitationStatus;
import com.acmecloud.partnercenter.partner.members.domain.InviteeType;
import com.acmecloud.partnercenter.partner.members.domain.MemberInvitation;
import com.acmecloud.partnercenter.partner.members.service.MemberInvitationService.Sent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation; {@code token} and {@code invitation_link} are present only in the answer that created it. */
@Schema(name = "MemberInvitation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberInvitationResponse(
        String invitationId, String partnerId, InviteeType inviteeType, String invitee,
        @Schema(description = "PENDING, ACCEPTED, DECLINED, REVOKED or EXPIRED (derived from expires_at)")
        InvitationStatus status,
        @Schema(description = "Single-use invitation token; returned once, when the invitation is created")
        String token,
        @Schema(description = "The invitation link: POST {invitation_link}/accept or /decline with a member token")
        String invitationLink,
        Instant createdAt, Instant expiresAt, Instant closedAt) {

    static MemberInvitationResponse of(MemberInvitation i, Instant now) {
        return new MemberInvitationResponse(i.invitationId.toString(), i.partnerId, i.inviteeType, i.invitee,
                i.statusAt(now), null, null, i.createdAt, i.expiresAt, i.closedAt);
    }

    static MemberInvitationResponse of(Sent sent, Instant now) {
        MemberInvitation i = sent.invitation();
        return new MemberInvitationResponse(i.invitationId.toString(), i.partnerId, i.inviteeType, i.invitee,
                i.statusAt(now), sent.token(), sent.link(), i.createdAt, i.expiresAt, i.closedAt);
    }
}
