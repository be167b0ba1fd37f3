package com.acmecloud.partnercenter.customer.core.mail;

import com.acmecloud.partnercenter.platform.api.mail.MailTransport;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SMTP server of {@code quarkus.mailer.*} (application.properties: host, port, TLS, login from the environment).
 */
@ApplicationScoped
class SmtpMailTransport implements MailTransport {

    private final ReactiveMailer mailer;

    SmtpMailTransport(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Uni<Void> send(String to, String subject, String text) {
        return mailer.send(Mail.withText(to, subject, text));
    }
}
