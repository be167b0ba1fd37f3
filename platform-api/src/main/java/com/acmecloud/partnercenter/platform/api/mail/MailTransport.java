package com.acmecloud.partnercenter.platform.api.mail;

import io.smallrye.mutiny.Uni;

/**
 * Hands a plain-text e-mail to the mail server (a service implements it with its SMTP mailer). Used by
 * {@link OutgoingMail} only when the dev outbox is off. An implementation logs nothing of the text.
 */
public interface MailTransport {

    Uni<Void> send(String to, String subject, String text);
}
