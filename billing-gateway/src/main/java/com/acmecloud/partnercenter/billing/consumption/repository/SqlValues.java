package com.acmecloud.partnercenter.billing.consumption.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native-query rows (consumption, bills, periods) as the suite's types. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A NUMERIC(20,2) column as yuan with 2 decimals. */
    public static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }

    /** A TIMESTAMPTZ column, whichever Java type the driver returned it as. */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass().getName());
    }
}
