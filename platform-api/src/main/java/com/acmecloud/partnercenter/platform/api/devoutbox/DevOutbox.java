package com.acmecloud.partnercenter.platform.api.devoutbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Messages (SMS texts, e-mails) that a dev-only delivery handed over instead of sending them, kept in memory so that
 * the local stack and the tests can read the one-time codes in them ({@code GET /dev/outbox}). Never written to a
 * log. Keeps nothing unless {@code partnercenter.dev-outbox.enabled} is true (it is false in production).
 */
@ApplicationScoped
public class DevOutbox {

    /**
     * One message: {@code channel} "sms" or "email", the recipient, the text as the recipient would read it and the
     * values filled into it (such as {@code code}, {@code invitation_url}).
     */
    public record Message(String channel, String to, String subject, String text, Map<String, String> values,
                          Instant sentAt) {

        /** Never the text or the values: they hold one-time codes. */
        @Override
        public String toString() {
            return "Message[" + channel + " to " + Masking.recipient(to) + " at " + sentAt + "]";
        }
    }

    private final DevOutboxConfig config;
    private final ConcurrentLinkedDeque<Message> messages = new ConcurrentLinkedDeque<>();

    public DevOutbox(DevOutboxConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Keeps the message (nothing when the outbox is disabled), dropping the oldest beyond the capacity. */
    public void add(Message message) {
        if (!config.enabled()) {
            return;
        }
        messages.addLast(message);
        while (messages.size() > config.capacity()) {
            messages.pollFirst();
        }
    }

    /** Oldest first. */
    public List<Message> all() {
        return List.copyOf(messages);
    }

    /** Oldest first; {@code to} as given to {@link #add} (a mobile 0086-1xxxxxxxxxx, an e-mail in lower case). */
    public List<Message> to(String to) {
        return messages.stream().filter(message -> message.to().equalsIgnoreCase(to)).toList();
    }
}
