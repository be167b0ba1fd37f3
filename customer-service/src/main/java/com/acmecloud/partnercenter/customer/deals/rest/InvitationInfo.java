package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation as its partner sees it later: never the code (only its hash is kept). */
@Schema(name = "InvitationInfo")
public record InvitationInfo(
        String invitationId,
        String registrationId,
        @Schema(description = "ONLINE or OFFLINE") String channel,
        @Schema(description = "1 referral, 2 resale") String associationType,
        @Schema(description = "PENDING, USED or EXPIRED (ONLINE only)") String status,
        String sentToEmail,
        String issuedBy,
        Instant issuedAt,
        @Schema(description = "null for OFFLINE: offline links and QR codes never expire") Instant expiresAt,
        Instant usedAt,
        String usedByCustomerId) {

    static InvitationInfo of(CustomerInvitation i, Instant now) {
        return new InvitationInfo(i.invitationId.toString(), i.registrationId.toString(), i.channel.name(),
                Integer.toString(i.associationType), i.statusAt(now).name(), i.sentToEmail, i.issuedBy, i.issuedAt, i.expiresAt,
                i.usedAt, i.usedByCustomerId);
    }
}
