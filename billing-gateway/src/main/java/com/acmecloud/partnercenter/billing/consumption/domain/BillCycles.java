package com.acmecloud.partnercenter.billing.consumption.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Bill cycles are months {@code YYYY-MM} in GMT+8, as Huawei's (domain.md §5). */
public final class BillCycles {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private BillCycles() {
    }

    /** The cycle, or empty when the text is not {@code YYYY-MM}. */
    public static Optional<YearMonth> parse(String text) {
        if (text == null || text.length() != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(YearMonth cycle) {
        return FORMAT.format(cycle);
    }

    /** The cycle an instant belongs to. */
    public static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }

    public static Instant start(YearMonth cycle) {
        return cycle.atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the cycle. */
    public static Instant end(YearMonth cycle) {
        return start(cycle.plusMonths(1));
    }
}
