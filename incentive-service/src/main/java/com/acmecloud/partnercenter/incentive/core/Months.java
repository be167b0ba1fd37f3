package com.acmecloud.partnercenter.incentive.core;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** Months as Huawei counts them: {@code YYYY-MM} in GMT+8 (domain.md §5). */
public final class Months {

    public static final ZoneOffset GMT8 = ZoneOffset.ofHours(8);
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    private Months() {
    }

    /** The month, or empty unless the text is exactly {@code YYYY-MM} with a month 01..12. */
    public static Optional<YearMonth> parse(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.parse(text, FORMAT));
    }

    public static String format(YearMonth month) {
        return month.format(FORMAT);
    }

    /** The GMT+8 month an instant falls in. */
    public static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atOffset(GMT8));
    }

    /** The first instant of the month, GMT+8. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(GMT8).toInstant();
    }

    /** Rule 61: the last second of the month, GMT+8 (23:59:59 of its last day). */
    public static Instant lastSecond(YearMonth month) {
        return month.atEndOfMonth().atTime(LocalTime.of(23, 59, 59)).atOffset(GMT8).toInstant();
    }
}
