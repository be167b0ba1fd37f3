package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.devoutbox.service.DevOutbox;
import com.acmecloud.partnercenter.customer.devoutbox.service.Masking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers online invitation links by e-mail. Callers send only once the transaction that issued the invitation has
 * committed (a rolled-back issuance sends nothing). This slice has no mail provider: with the dev outbox enabled
 * (local stack, tests) the e-mail is kept there ({@code GET /dev/outbox}); otherwise it is not sent. The link holds
 * the single-use code, so the log never shows it: only that an e-mail was (or was not) sent, to a masked address.
 */
@ApplicationScoped
public class InvitationMailer {

    /** An online invitation to e-mail; {@code expiresAt} is when the link stops working. */
    public record InvitationEmail(String email, String partnerId, String invitationUrl, Instant expiresAt) {

        /** Never the link: it holds the code. */
        @Override
        public String toString() {
            return "InvitationEmail[to " + Masking.recipient(email) + " from partner " + partnerId + "]";
        }
    }

    private static final Logger LOG = Logger.getLogger("mail");

    private final DevOutbox outbox;
    private final Clock clock;

    InvitationMailer(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sends the e-mail (nothing for null). Never fails: the invitation is already committed, so a failed delivery is
     * logged (without the link) and the request still succeeds.
     */
    public Uni<Void> send(InvitationEmail mail) {
        if (mail == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(mail).invoke(this::deliver).replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Invitation e-mail to %s from partner %s was not sent: %s",
                            Masking.recipient(mail.email()), mail.partnerId(), failure.getClass().getName());
                    return null;
                });
    }

    protected void deliver(InvitationEmail mail) {
        String to = Masking.recipient(mail.email());
        if (!outbox.enabled()) {
            LOG.warnf("Invitation e-mail to %s from partner %s was not sent: no mail provider is configured", to,
                    mail.partnerId());
            return;
        }
        String text = "Partner " + mail.partnerId() + " invites you to associate your Huawei Cloud account: "
                + mail.invitationUrl() + (mail.expiresAt() == null ? "" : " (valid until " + mail.expiresAt() + ")");
        outbox.add(new DevOutbox.Message("email", mail.email(), "Invitation from your Huawei Cloud partner", text,
                values(mail), clock.instant()));
        LOG.infof("Invitation e-mail sent to %s from partner %s (dev outbox)", to, mail.partnerId());
    }

    private static Map<String, String> values(InvitationEmail mail) {
        return mail.expiresAt() == null
                ? Map.of("invitation_url", mail.invitationUrl(), "partner_id", mail.partnerId())
                : Map.of("invitation_url", mail.invitationUrl(), "partner_id", mail.partnerId(),
                        "expires_at", mail.expiresAt().toString());
    }
}
