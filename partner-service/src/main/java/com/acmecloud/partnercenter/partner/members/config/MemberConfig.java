package com.acmecloud.partnercenter.partner.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
}
