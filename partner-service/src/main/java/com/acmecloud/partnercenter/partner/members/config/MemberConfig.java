package com.acmecloud.partnercenter.partner.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Domain rule 3: member invitations. */
@ConfigMapping(prefix = "partnercenter.members")
public interface MemberConfig {

    /** How long an invitation link stays valid (Huawei: 7 days). */
    @WithDefault("7D")
    Duration invitationTtl();

    /** Invitations one partner may send in any rolling 24 hours (Huawei: 100 per day). */
    @WithDefault("100")
    int maxInvitationsPerDay();

    /**
     * Local development only: keep the links of new invitations in memory so that the partner can read them again
     * from {@code GET /v2/partners/{partner_id}/member-invitations/{invitation_id}/dev-link} (link delivery is not
     * implemented). Off by default; never log a link instead.
     */
    @WithName("dev-link-mailbox.enabled")
    @WithDefault("false")
    boolean devLinkMailboxEnabled();
}
