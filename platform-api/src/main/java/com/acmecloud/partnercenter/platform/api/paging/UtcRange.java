package com.acmecloud.partnercenter.platform.api.paging;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * A time filter of Huawei's query bodies ({@code associated_on_begin} / {@code _end}): UTC instants as
 * {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, either end open. Bad input is CBC.0100 naming each field.
 */
public record UtcRange(Instant begin, Instant end) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);

    public static UtcRange parse(String beginField, String begin, String endField, String end) {
        List<ErrorDetail> problems = new ArrayList<>();
        Instant from = parse(beginField, begin, problems);
        Instant to = parse(endField, end, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(ErrorDetail.of(beginField, CbcError.PARAMETER_ERROR, "must not be after " + endField));
        }
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        return new UtcRange(from, to);
    }

    private static Instant parse(String field, String value, List<ErrorDetail> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.from(UTC.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR,
                    "must be a UTC time yyyy-MM-dd'T'HH:mm:ss'Z', e.g. 2026-01-31T16:00:00Z"));
            return null;
        }
    }
}
