package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.api.devoutbox.Masking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Dev only ({@code partnercenter.sms.provider=dev-outbox}): nothing is sent; the text goes to the dev outbox, where
 * the local stack and the tests read the code. The log says only that a text was sent, to a masked number.
 */
@ApplicationScoped
@Typed(DevOutboxSmsGateway.class)
public class DevOutboxSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger("sms");

    private final DevOutbox outbox;
    private final Clock clock;

    DevOutboxSmsGateway(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Uni<Void> deliver(VerificationSms sms) {
        outbox.add(new DevOutbox.Message("sms", sms.mobilePhone(), null, sms.text(),
                Map.of("code", sms.code(), "valid_minutes", Integer.toString(sms.validMinutes())), clock.instant()));
        LOG.infof("SMS verification code sent to %s (dev outbox)", Masking.recipient(sms.mobilePhone()));
        return Uni.createFrom().voidItem();
    }
}
