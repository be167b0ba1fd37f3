package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.customer.devoutbox.service.DevOutbox;
import com.acmecloud.partnercenter.customer.devoutbox.service.Masking;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers e-mail verification codes. This slice has no mail provider: with the dev outbox enabled (local stack,
 * tests) the e-mail is kept there; otherwise the send fails with the retryable EMAIL_DELIVERY_FAILED, so that no
 * code is stored that nobody received. The log never shows the code, only a masked address.
 */
@ApplicationScoped
public class VerificationEmailSender {

    private static final Logger LOG = Logger.getLogger("mail");

    private final DevOutbox outbox;
    private final Clock clock;

    VerificationEmailSender(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> deliver(String email, String code, int validMinutes, boolean english) {
        String to = Masking.recipient(email);
        if (!outbox.enabled()) {
            LOG.warnf("E-mail verification code to %s was not sent: no mail provider is configured", to);
            return Uni.createFrom().failure(new CbcException(CbcError.EMAIL_DELIVERY_FAILED));
        }
        String text = english
                ? "Your verification code is " + code + ". It is valid for " + validMinutes + " minutes."
                : "您的验证码为" + code + "，" + validMinutes + "分钟内有效。";
        outbox.add(new DevOutbox.Message("email", email, english ? "Verification code" : "验证码", text,
                Map.of("code", code, "valid_minutes", Integer.toString(validMinutes)), clock.instant()));
        LOG.infof("E-mail verification code sent to %s (dev outbox)", to);
        return Uni.createFrom().voidItem();
    }
}
