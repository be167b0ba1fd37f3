package com.acmecloud.partnercenter.platform.api.mail;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.api.devoutbox.Masking;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails that carry one-time secrets (verification codes, invitation links). With the dev outbox on
 * (dev and test profiles, the local stack) nothing is sent: the e-mail is kept in the dev outbox, where the stack
 * and the tests read it ({@code GET /dev/outbox}). Otherwise the service's {@link MailTransport} (SMTP) sends it.
 * The log never shows the text, the subject's values or the full address: only what kind of e-mail went to a masked
 * recipient, or why it did not.
 */
@ApplicationScoped
public class OutgoingMail {

    private static final Logger LOG = Logger.getLogger("mail");

    private final DevOutbox outbox;
    private final Instance<MailTransport> transport;
    private final Clock clock;

    OutgoingMail(DevOutbox outbox, Instance<MailTransport> transport, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
    }

    /**
     * @param kind    what the e-mail is, for the log ("e-mail binding code")
     * @param values  the secrets and other values filled into the text, for the dev outbox's readers
     * @param failure the catalogued error the returned {@code Uni} fails with when the mail server did not take it
     */
    public Uni<Void> send(String kind, String to, String subject, String text, Map<String, String> values,
                          CbcError failure) {
        String masked = Masking.recipient(to);
        if (outbox.enabled()) {
            outbox.add(new DevOutbox.Message("email", to, subject, text, values, clock.instant()));
            LOG.infof("%s e-mail to %s kept in the dev outbox (not sent)", kind, masked);
            return Uni.createFrom().voidItem();
        }
        if (!transport.isResolvable()) {
            LOG.warnf("%s e-mail to %s was not sent: no mail transport", kind, masked);
            return Uni.createFrom().failure(new CbcException(failure));
        }
        return transport.get().send(to, subject, text)
                .invoke(() -> LOG.infof("%s e-mail sent to %s", kind, masked))
                .onFailure().transform(e -> {
                    // the class only: a server's message may quote the envelope
                    LOG.warnf("%s e-mail to %s was not sent: %s", kind, masked, e.getClass().getName());
                    return new CbcException(failure);
                });
    }
}
