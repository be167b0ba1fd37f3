package com.acmecloud.partnercenter.customer.core.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules 18, 19 and 21 on the fields of a new customer account: login name, password, China mobile number. */
public final class CustomerAccountRules {

    public static final int GENERATED_NAME_LENGTH = 32;
    private static final Pattern DOMAIN_NAME = Pattern.compile("^([a-zA-Z_-]([a-zA-Z0-9_-])*)$");
    private static final Pattern ALL_DIGITS = Pattern.compile("^[0-9]+$");
    /** Huawei's format {@code 0086-1xxxxxxxxxx}; the SDK's example {@code 13XXXXXXXXX} is accepted too. */
    private static final Pattern CHINA_MOBILE = Pattern.compile("^(?:0086-)?(1[0-9]{10})$");
    private static final String NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CustomerAccountRules() {
    }

    /** Rule 18: 5–32 characters of the pattern, not starting with {@code op_} or {@code shadow_}, not all digits. */
    public static boolean validDomainName(String name) {
        if (name == null || name.length() < 5 || name.length() > 32 || !DOMAIN_NAME.matcher(name).matches()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("op_") && !lower.startsWith("shadow_") && !ALL_DIGITS.matcher(name).matches();
    }

    /** Rule 18: the name given to a customer created without one (32 characters, starts with a letter). */
    public static String randomDomainName() {
        StringBuilder name = new StringBuilder(GENERATED_NAME_LENGTH);
        name.append((char) ('a' + RANDOM.nextInt(26)));
        while (name.length() < GENERATED_NAME_LENGTH) {
            name.append(NAME_ALPHABET.charAt(RANDOM.nextInt(NAME_ALPHABET.length())));
        }
        return name.toString();
    }

    /**
     * Rule 19: at least 8 characters; at least 2 of upper case, lower case, digit, special character; not the
     * account name or the account name reversed; must not contain the mobile number (its 11 digits).
     */
    public static boolean validPassword(String password, String domainName, String mobilePhone) {
        if (password == null || password.length() < 8) {
            return false;
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 2) {
            return false;
        }
        if (domainName != null && (password.equalsIgnoreCase(domainName)
                || password.equalsIgnoreCase(new StringBuilder(domainName).reverse().toString()))) {
            return false;
        }
        return mobilePhone == null || !password.contains(nationalNumber(mobilePhone));
    }

    /** Rule 21: a China mobile number in Huawei's form {@code 0086-1xxxxxxxxxx}, or empty if it is not one. */
    public static Optional<String> chinaMobile(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        var matcher = CHINA_MOBILE.matcher(phone);
        return matcher.matches() ? Optional.of("0086-" + matcher.group(1)) : Optional.empty();
    }

    private static String nationalNumber(String normalisedMobile) {
        return normalisedMobile.startsWith("0086-") ? normalisedMobile.substring(5) : normalisedMobile;
    }

    /** Rule 21: code validity in minutes — the default when none is given, forced down when over the maximum. */
    public static int timeoutMinutes(Integer requested, int defaultMinutes, int maxMinutes, int overMaxMinutes) {
        if (requested == null) {
            return defaultMinutes;
        }
        return requested > maxMinutes ? overMaxMinutes : requested;
    }
}
