package com.acmecloud.partnercenter.customer.deals.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Delivers online invitation links by e-mail. This slice has no mail provider: the message is written to the log
 * (category {@code mail}), which is how the local stack shows the links. Tests replace the bean to read them.
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger("mail");

    public void deliver(String email, String partnerId, String invitationUrl, Instant expiresAt) {
        LOG.infof("Invitation e-mail to %s from partner %s: %s (valid until %s)", email, partnerId, invitationUrl,
                expiresAt);
    }
}
