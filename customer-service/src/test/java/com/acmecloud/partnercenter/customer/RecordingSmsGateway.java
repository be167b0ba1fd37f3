package com.acmecloud.partnercenter.customer;

import com.acmecloud.partnercenter.customer.verification.service.SmsGateway;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMS gateway of the tests: keeps every text so a test can read the code a phone received. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingSmsGateway extends SmsGateway {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    @Override
    public void deliver(String mobilePhone, String text) {
        texts.computeIfAbsent(mobilePhone, p -> new CopyOnWriteArrayList<>()).add(text);
    }

    /** The code in the latest SMS to the phone (as 0086-1xxxxxxxxxx). */
    public String lastCode(String mobilePhone) {
        List<String> received = texts.getOrDefault(mobilePhone, List.of());
        if (received.isEmpty()) {
            throw new AssertionError("no SMS to " + mobilePhone);
        }
        Matcher matcher = CODE.matcher(received.get(received.size() - 1));
        if (!matcher.find()) {
            throw new AssertionError("no code in the SMS");
        }
        return matcher.group(1);
    }

    public List<String> textsTo(String mobilePhone) {
        return texts.getOrDefault(mobilePhone, List.of());
    }
}
