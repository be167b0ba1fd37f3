package com.acmecloud.partnercenter.customer.deals.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses of prospects, and the masked form of a contact shown in the public pool and in events. */
public final class ProspectContacts {

    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private ProspectContacts() {
    }

    /** The address in lower case, or empty if it is not a plausible e-mail address. */
    public static Optional<String> email(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed.toLowerCase(Locale.ROOT));
    }

    /** {@code 0086-13812341234} → {@code 138****1234}. */
    public static String maskMobile(String mobile) {
        if (mobile == null) {
            return null;
        }
        String national = mobile.startsWith("0086-") ? mobile.substring(5) : mobile;
        if (national.length() < 8) {
            return "****";
        }
        return national.substring(0, 3) + "****" + national.substring(national.length() - 4);
    }

    /** {@code alice@example.com} → {@code a***@example.com}. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
