package com.acmecloud.partnercenter.customer.deals.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Delivers online invitation links by e-mail. Callers send only once the transaction that issued the invitation has
 * committed (a rolled-back issuance sends nothing). This slice has no mail provider: the message is written to the
 * log (category {@code mail}), which is how the local stack shows the links.
 */
@ApplicationScoped
public class InvitationMailer {

    /** An online invitation to e-mail; {@code expiresAt} is when the link stops working. */
    public record InvitationEmail(String email, String partnerId, String invitationUrl, Instant expiresAt) {
    }

    private static final Logger LOG = Logger.getLogger("mail");

    /**
     * Sends the e-mail (nothing for null). Never fails: the invitation is already committed, so a failed delivery is
     * logged (without the link, which holds the code) and the request still succeeds.
     */
    public Uni<Void> send(InvitationEmail mail) {
        if (mail == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(mail).invoke(this::deliver).replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Invitation e-mail to %s from partner %s was not sent: %s", mail.email(),
                            mail.partnerId(), failure.getClass().getName());
                    return null;
                });
    }

    protected void deliver(InvitationEmail mail) {
        LOG.infof("Invitation e-mail to %s from partner %s: %s (valid until %s)", mail.email(), mail.partnerId(),
                mail.invitationUrl(), mail.expiresAt());
    }
}
