package com.acmecloud.partnercenter.partner.members.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.partner.members.config.MemberConfig;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dev-only mailbox keeps nothing and serves nothing unless it is switched on. */
class DevInvitationMailboxTest {

    @Test
    void switchedOffItKeepsNothingAndAnswersNotFound() {
        DevInvitationMailbox mailbox = new DevInvitationMailbox(config(false));
        UUID id = UUID.randomUUID();
        mailbox.keep("p1", id, "/v2/members/invitations/secret", Instant.now());
        assertThatThrownBy(() -> mailbox.read("p1", id)).isInstanceOf(CbcException.class)
                .extracting(e -> ((CbcException) e).error()).isEqualTo(CbcError.RESOURCE_NOT_FOUND);
    }

    @Test
    void switchedOnItServesThePartnersOwnLink() {
        DevInvitationMailbox mailbox = new DevInvitationMailbox(config(true));
        UUID id = UUID.randomUUID();
        mailbox.keep("p1", id, "/v2/members/invitations/secret", Instant.EPOCH);
        assertThat(mailbox.read("p1", id).link()).isEqualTo("/v2/members/invitations/secret");
        assertThatThrownBy(() -> mailbox.read("p2", id)).isInstanceOf(CbcException.class)
                .extracting(e -> ((CbcException) e).error()).isEqualTo(CbcError.MEMBER_INVITATION_NOT_FOUND);
    }

    private static MemberConfig config(boolean devLinks) {
        return new MemberConfig() {
            @Override
            public Duration invitationTtl() {
                return Duration.ofDays(7);
            }

            @Override
            public int maxInvitationsPerDay() {
                return 100;
            }

            @Override
            public boolean devLinkMailboxEnabled() {
                return devLinks;
            }
        };
    }
}
