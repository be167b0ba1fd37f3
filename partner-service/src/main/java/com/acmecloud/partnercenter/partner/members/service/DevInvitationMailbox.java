package com.acmecloud.partnercenter.partner.members.service;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Local development only: the links of new member invitations, kept in the dev outbox (setting
 * {@code partnercenter.dev-outbox.enabled}, env {@code DEV_OUTBOX_ENABLED}, off by default), so that a walkthrough
 * can read a link again without it ever being logged. When the outbox is off, nothing is kept and every read is
 * "not found", as if the endpoint did not exist.
 */
@ApplicationScoped
public class DevInvitationMailbox {

    /** A kept link. */
    public record Kept(String partnerId, String link, Instant expiresAt) {
    }

    private final DevOutbox outbox;
    private final Clock clock;

    DevInvitationMailbox(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void keep(String partnerId, UUID invitationId, String invitee, String link, Instant expiresAt) {
        outbox.add(new DevOutbox.Message("member-invitation", invitee, "Member invitation", link,
                Map.of("invitation_id", invitationId.toString(), "invitation_link", link, "partner_id", partnerId,
                        "expires_at", expiresAt.toString()), clock.instant()));
    }

    /** The partner's kept link; CBC.91000001 when the outbox is off, CBC.91003001 when it holds no such link. */
    public Kept read(String partnerId, UUID invitationId) {
        if (!outbox.enabled()) {
            throw new CbcException(CbcError.RESOURCE_NOT_FOUND);
        }
        List<DevOutbox.Message> all = outbox.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Map<String, String> values = all.get(i).values();
            if ("member-invitation".equals(all.get(i).channel())
                    && invitationId.toString().equals(values.get("invitation_id"))
                    && partnerId.equals(values.get("partner_id"))) {
                return new Kept(partnerId, values.get("invitation_link"), Instant.parse(values.get("expires_at")));
            }
        }
        throw new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND);
    }
}
