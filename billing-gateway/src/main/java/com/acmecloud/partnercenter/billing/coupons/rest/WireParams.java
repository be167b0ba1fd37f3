package com.acmecloud.partnercenter.billing.coupons.rest;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Query parameters and body fields of the coupon API: parsed here so that bad input is CBC.0100 naming the field. */
final class WireParams {

    private WireParams() {
    }

    /** An integer from {@code allowed}, or null when absent. */
    static Integer oneOf(String field, String raw, Set<Integer> allowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (allowed.contains(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(field, "must be one of " + allowed.stream().sorted().toList());
    }

    static Integer oneOf(String field, Integer value, Set<Integer> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw invalid(field, "must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    static List<Integer> allOf(String field, List<String> raw, Set<Integer> allowed) {
        List<Integer> values = new ArrayList<>();
        if (raw != null) {
            for (String each : raw) {
                for (String part : each.split(",")) {
                    Integer value = oneOf(field, part, allowed);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    static Instant instant(String field, String value) {
        return UtcRange.parse(field, value, field, null).begin();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String id(String field, String value) {
        String id = blankToNull(value);
        if (id != null && id.length() > 64) {
            throw invalid(field, "at most 64 characters");
        }
        return id;
    }

    static CbcException invalid(String field, String message) {
        return new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                List.of(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, message)));
    }
}
