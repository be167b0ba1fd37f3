package com.acmecloud.partnercenter.customer.realname.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ID numbers are kept only as HMAC-SHA256 under a server key: equal numbers give equal hashes (rule 53 counts
 * customers per number), and the key keeps the short, guessable numbers from being recovered by trying them all.
 */
public final class IdNumberHasher {

    private final SecretKeySpec key;

    public IdNumberHasher(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("partnercenter.realname.id-number-hash-key must be set");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The same number whatever its case or surrounding blanks (a trailing x of a Chinese ID is an X). */
    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(
                    idNumber.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
