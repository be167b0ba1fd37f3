package com.acmecloud.partnercenter.platform.api.paging;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.ArrayList;
import java.util.List;

/**
 * Huawei-style paging: {@code offset} (item offset from 0) and {@code limit} (1..100, default 10).
 * Query parameters arrive as text so that {@code limit=abc} is a CBC 400, not a framework 404.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 40_000_000;

    public static PageRequest parse(String offset, String limit) {
        List<ErrorDetail> problems = new ArrayList<>();
        int parsedOffset = parse("offset", offset, 0, 0, MAX_OFFSET, problems);
        int parsedLimit = parse("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, problems);
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        return new PageRequest(parsedOffset, parsedLimit);
    }

    private static int parse(String name, String raw, int fallback, int min, int max, List<ErrorDetail> problems) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ErrorDetail.of(name, CbcError.PARAMETER_ERROR,
                "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
