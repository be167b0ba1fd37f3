package com.acmecloud.partnercenter.customer.deals;

import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer.InvitationEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The invitation e-mails delivered, seen the way the mailer sees them: after the issuing transaction commits. */
@ApplicationScoped
public class RecordedInvitationEmails {

    private final List<InvitationEmail> delivered = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationEmail mail) {
        delivered.add(mail);
    }

    public List<InvitationEmail> to(String email) {
        return delivered.stream().filter(mail -> mail.email().equals(email)).toList();
    }
}
