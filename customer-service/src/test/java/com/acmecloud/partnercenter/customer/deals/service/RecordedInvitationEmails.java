package com.acmecloud.partnercenter.customer.deals.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mailer of the tests: keeps the invitation e-mails delivered, seen the way the mailer sees them (the service
 * sends them after the issuing transaction commits).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordedInvitationEmails extends InvitationMailer {

    private final List<InvitationEmail> delivered = new CopyOnWriteArrayList<>();

    @Override
    protected void deliver(InvitationEmail mail) {
        delivered.add(mail);
    }

    public List<InvitationEmail> to(String email) {
        return delivered.stream().filter(mail -> mail.email().equals(email)).toList();
    }
}
