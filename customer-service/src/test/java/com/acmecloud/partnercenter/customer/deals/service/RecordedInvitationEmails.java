package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer.InvitationEmail;
import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The invitation e-mails of the tests, as the service's own mailer kept them in the dev outbox (the service sends
 * them after the issuing transaction commits).
 */
@ApplicationScoped
public class RecordedInvitationEmails {

    private final DevOutbox outbox;

    RecordedInvitationEmails(DevOutbox outbox) {
        this.outbox = outbox;
    }

    public List<InvitationEmail> to(String email) {
        return outbox.to(email).stream().filter(message -> message.channel().equals("email"))
                .map(message -> new InvitationEmail(message.to(), message.values().get("partner_id"),
                        message.values().get("invitation_url"), message.values().containsKey("expires_at")
                                ? Instant.parse(message.values().get("expires_at")) : null))
                .toList();
    }
}
