package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.mail.OutgoingMail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Delivers e-mail verification codes through {@link OutgoingMail}: by SMTP in production, into the dev outbox on the
 * local stack and in tests. A mail the server did not take fails the send with the retryable EMAIL_DELIVERY_FAILED,
 * so that no code is stored that nobody received. The log never shows the code, only a masked address.
 */
@ApplicationScoped
public class VerificationEmailSender {

    private final OutgoingMail mail;

    VerificationEmailSender(OutgoingMail mail) {
        this.mail = mail;
    }

    public Uni<Void> deliver(String email, String code, int validMinutes, boolean english) {
        String text = english
                ? "Your verification code is " + code + ". It is valid for " + validMinutes + " minutes."
                : "您的验证码为" + code + "，" + validMinutes + "分钟内有效。";
        return mail.send("Verification code", email, english ? "Verification code" : "验证码", text,
                Map.of("code", code, "valid_minutes", Integer.toString(validMinutes)), CbcError.EMAIL_DELIVERY_FAILED);
    }
}
