package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.deals.service.InvitationAcceptanceService.Preview;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the recipient of an invitation sees before accepting it. */
@Schema(name = "InvitationPreviewResponse")
public record InvitationPreviewResponse(
        @Schema(description = "The partner the customer would associate with") String partnerId,
        @Schema(description = "1 referral, 2 resale") String associationType,
        @Schema(description = "ONLINE or OFFLINE") String channel,
        @Schema(description = "null for OFFLINE (never expires)") Instant expiresAt,
        String companyName,
        @Schema(description = "true: a person without an account can sign up with it (a no-account registration); "
                + "false: only the registered account can accept") boolean signUpAllowed) {

    static InvitationPreviewResponse of(Preview preview) {
        return new InvitationPreviewResponse(preview.invitation().partnerId, Integer.toString(preview.invitation().associationType),
                preview.invitation().channel.name(), preview.invitation().expiresAt,
                preview.registration().companyName, preview.registration().isNoAccount());
    }
}
