package com.acmecloud.partnercenter.customer;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The SMS texts of the tests, as the service's own dev-outbox gateway kept them ({@code %test} delivers to the dev
 * outbox, as the local stack does): a test reads the code a phone received here, never from a log.
 */
@ApplicationScoped
public class RecordingSmsGateway {

    private final DevOutbox outbox;

    RecordingSmsGateway(DevOutbox outbox) {
        this.outbox = outbox;
    }

    /** The code in the latest SMS to the phone (as 0086-1xxxxxxxxxx). */
    public String lastCode(String mobilePhone) {
        List<DevOutbox.Message> received = sms(mobilePhone);
        if (received.isEmpty()) {
            throw new AssertionError("no SMS to " + mobilePhone);
        }
        return received.get(received.size() - 1).values().get("code");
    }

    public List<String> textsTo(String mobilePhone) {
        return sms(mobilePhone).stream().map(DevOutbox.Message::text).toList();
    }

    private List<DevOutbox.Message> sms(String mobilePhone) {
        return outbox.to(mobilePhone).stream().filter(message -> message.channel().equals("sms")).toList();
    }
}
