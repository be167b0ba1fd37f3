package com.acmecloud.partnercenter.billing.coupons.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Ids as Huawei shapes them: a prefix, yyMMddHHmmss in GMT+8 and 12 random hex digits (26 characters). */
final class CouponIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private CouponIds() {
    }

    static String coupon(Instant now) {
        return id("CP", now);
    }

    static String quota(Instant now) {
        return id("QT", now);
    }

    private static String id(String prefix, Instant now) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return prefix + TIME.format(now) + HexFormat.of().formatHex(random);
    }
}
