package com.acmecloud.partnercenter.customer.deals.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Delivers online invitation links by e-mail, once the transaction that issued the invitation has committed (a
 * rolled-back issuance sends nothing). This slice has no mail provider: the message is written to the log (category
 * {@code mail}), which is how the local stack shows the links.
 */
@ApplicationScoped
public class InvitationMailer {

    /** An online invitation to e-mail; {@code expiresAt} is when the link stops working. */
    public record InvitationEmail(String email, String partnerId, String invitationUrl, Instant expiresAt) {
    }

    private static final Logger LOG = Logger.getLogger("mail");

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationEmail mail) {
        LOG.infof("Invitation e-mail to %s from partner %s: %s (valid until %s)", mail.email(), mail.partnerId(),
                mail.invitationUrl(), mail.expiresAt());
    }
}
