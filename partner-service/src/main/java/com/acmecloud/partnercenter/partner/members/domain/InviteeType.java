package com.acmecloud.partnercenter.partner.members.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** How a member invitation names the person (domain rule 3), each with its own format. */
public enum InviteeType {
    /** An e-mail address (at most 254 characters). */
    EMAIL(Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$"), 254, "must be an e-mail address"),
    /** A China mobile number (domain rule 21), optionally with +86 or +86-. */
    PHONE(Pattern.compile("^(\\+86-?)?1[3-9]\\d{9}$"), 15, "must be a China mobile number, e.g. +86-13800000000"),
    /** A cloud account name (domain rule 18): 5 to 32 letters, digits, '_' or '-', not starting with a digit. */
    ACCOUNT_NAME(Pattern.compile("^[A-Za-z_-][A-Za-z0-9_-]{4,31}$"), 32,
            "must be an account name of 5 to 32 letters, digits, '_' or '-', not starting with a digit");

    private final Pattern format;
    private final int maxLength;
    private final String requirement;

    InviteeType(Pattern format, int maxLength, String requirement) {
        this.format = format;
        this.maxLength = maxLength;
        this.requirement = requirement;
    }

    /** Why {@code invitee} is not a valid invitee of this type, or empty when it is. */
    public Optional<String> problemWith(String invitee) {
        if (invitee == null || invitee.length() > maxLength || !format.matcher(invitee).matches()) {
            return Optional.of(requirement);
        }
        return Optional.empty();
    }
}
