package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.service.InvitationService.Issued;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new invitation with its code: the only time the code is shown. */
@Schema(name = "IssuedInvitationResponse")
public record IssuedInvitationResponse(
        String invitationId,
        String registrationId,
        String channel,
        @Schema(description = "1 referral, 2 resale") String associationType,
        String status,
        @Schema(description = "null for OFFLINE") Instant expiresAt,
        String sentToEmail,
        @Schema(description = "Single use; shown only in this answer") String invitationCode,
        String invitationUrl,
        @Schema(description = "OFFLINE: the content to encode in a QR code (the invitation URL); null for ONLINE")
        String qrCodeContent) {

    static IssuedInvitationResponse of(Issued issued) {
        CustomerInvitation i = issued.invitation();
        return new IssuedInvitationResponse(i.invitationId.toString(), i.registrationId.toString(), i.channel.name(),
                Integer.toString(i.associationType), i.status.name(), i.expiresAt, i.sentToEmail, issued.code(), issued.url(),
                i.channel == CustomerInvitation.Channel.OFFLINE ? issued.url() : null);
    }
}
