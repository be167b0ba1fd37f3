package com.acmecloud.partnercenter.partner.members.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A person's subject as a key of at most 64 characters (the width of Kafka keys in the outbox and of
 * Idempotency-Key owners): the subject itself when it fits, else its SHA-256 in hex.
 */
public final class PersonKey {

    public static final int MAX_LENGTH = 64;

    private PersonKey() {
    }

    public static String of(String person) {
        if (person.length() <= MAX_LENGTH) {
            return person;
        }
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(person.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
