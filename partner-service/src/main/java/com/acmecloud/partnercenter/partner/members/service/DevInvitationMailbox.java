package com.acmecloud.partnercenter.partner.members.service;

import com.acmecloud.partnercenter.partner.members.config.MemberConfig;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Local development only (setting {@code partnercenter.members.dev-link-mailbox.enabled}, off by default): the
 * links of the latest invitations, in this process's memory, so that a walkthrough can read a link again without
 * it ever being logged. When off, nothing is kept and every read is "not found", as if the endpoint did not exist.
 */
@ApplicationScoped
public class DevInvitationMailbox {

    private static final int CAPACITY = 1000;

    /** A kept link. */
    public record Kept(String partnerId, String link, Instant expiresAt) {
    }

    private final boolean enabled;
    private final Map<UUID, Kept> links = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    DevInvitationMailbox(MemberConfig config) {
        this.enabled = config.devLinkMailboxEnabled();
    }

    void keep(String partnerId, UUID invitationId, String link, Instant expiresAt) {
        if (enabled) {
            synchronized (links) {
                links.put(invitationId, new Kept(partnerId, link, expiresAt));
            }
        }
    }

    /** The partner's kept link; CBC.91000001 when the mailbox is off, CBC.91003001 when it holds no such link. */
    public Kept read(String partnerId, UUID invitationId) {
        if (!enabled) {
            throw new CbcException(CbcError.RESOURCE_NOT_FOUND);
        }
        Kept kept;
        synchronized (links) {
            kept = links.get(invitationId);
        }
        if (kept == null || !kept.partnerId().equals(partnerId)) {
            throw new CbcException(CbcError.MEMBER_INVITATION_NOT_FOUND);
        }
        return kept;
    }
}
