package com.acmecloud.partnercenter.platform.api.verification;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What every one-time verification code of the suite shares (rule 21): six random digits, stored only as a hash
 * salted with the code's own id, compared in constant time, and the hourly and daily send limits. The services keep
 * their codes in tables of their own and count the sends there; the counts are judged here.
 */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** Six random digits, {@code 000000} to {@code 999999}. */
    public static String newCode() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    /** The stored form of a code: hex SHA-256 of the code's id, a zero byte and the code. */
    public static String hash(UUID codeId, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(codeId.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code code} is the one stored as {@code storedHash}; constant time in the stored hash. */
    public static boolean matches(String storedHash, UUID codeId, String code) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(codeId, code).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Refuses one more code with {@code CBC.99004015} when {@code sentLastHour} codes in the last hour or
     * {@code sentLastDay} in the last 24 hours already reach the limits (Huawei: 15 and 60).
     */
    public static void requireWithinSendLimits(long sentLastHour, long sentLastDay, int maxPerHour, int maxPerDay) {
        if (sentLastHour >= maxPerHour || sentLastDay >= maxPerDay) {
            throw new CbcException(CbcError.VERIFICATION_CODE_SEND_LIMIT);
        }
    }
}
