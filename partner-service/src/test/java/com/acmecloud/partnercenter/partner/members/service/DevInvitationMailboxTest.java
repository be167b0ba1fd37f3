package com.acmecloud.partnercenter.partner.members.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutboxConfig;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dev-only mailbox (the dev outbox) keeps nothing and serves nothing unless it is switched on. */
class DevInvitationMailboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    @Test
    void switchedOffItKeepsNothingAndAnswersNotFound() {
        DevOutbox outbox = new DevOutbox(config(false));
        DevInvitationMailbox mailbox = new DevInvitationMailbox(outbox, CLOCK);
        UUID id = UUID.randomUUID();
        mailbox.keep("p1", id, "wang_wu", "/v2/members/invitations/secret", Instant.now());
        assertThat(outbox.all()).isEmpty();
        assertThatThrownBy(() -> mailbox.read("p1", id)).isInstanceOf(CbcException.class)
                .extracting(e -> ((CbcException) e).error()).isEqualTo(CbcError.RESOURCE_NOT_FOUND);
    }

    @Test
    void switchedOnItServesThePartnersOwnLink() {
        DevInvitationMailbox mailbox = new DevInvitationMailbox(new DevOutbox(config(true)), CLOCK);
        UUID id = UUID.randomUUID();
        mailbox.keep("p1", id, "wang_wu", "/v2/members/invitations/secret", Instant.EPOCH);
        assertThat(mailbox.read("p1", id).link()).isEqualTo("/v2/members/invitations/secret");
        assertThat(mailbox.read("p1", id).expiresAt()).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> mailbox.read("p2", id)).isInstanceOf(CbcException.class)
                .extracting(e -> ((CbcException) e).error()).isEqualTo(CbcError.MEMBER_INVITATION_NOT_FOUND);
    }

    private static DevOutboxConfig config(boolean enabled) {
        return new DevOutboxConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int capacity() {
                return 10;
            }
        };
    }
}
