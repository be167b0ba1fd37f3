package com.acmecloud.partnercenter.incentive.core;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.json.WireFormatCustomizer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Query and body values checked the same way in every resource: a CBC 400 naming the field, never a 500. */
public final class Params {

    public static final Pattern SERVICE_TYPE_CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Params() {
    }

    /** A required {@code YYYY-MM} month (GMT+8): CBC.0101 when absent, CBC.0100 when malformed. */
    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(CbcError.INVALID_PARAMETER, field, "is required (YYYY-MM, GMT+8)");
        }
        return Months.parse(value).orElseThrow(() -> invalid(CbcError.PARAMETER_ERROR, field,
                "must be a month YYYY-MM (GMT+8)"));
    }

    /** An optional service type code (lower-case letters, digits, . _ -, at most 64). */
    public static String serviceTypeCode(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!SERVICE_TYPE_CODE.matcher(value).matches()) {
            throw invalid(CbcError.PARAMETER_ERROR, field,
                    "must be 1 to 64 lower-case letters, digits, '.', '_' or '-', e.g. hws.service.type.ebs");
        }
        return value;
    }

    /** A required UTC instant {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(CbcError.INVALID_PARAMETER, field, "is required (yyyy-MM-dd'T'HH:mm:ss'Z', UTC)");
        }
        try {
            return Instant.from(WireFormatCustomizer.INSTANT_FORMAT.parse(value));
        } catch (DateTimeParseException e) {
            throw invalid(CbcError.PARAMETER_ERROR, field, "must be UTC yyyy-MM-dd'T'HH:mm:ss'Z'");
        }
    }

    public static CbcException invalid(CbcError error, String field, String message) {
        return new CbcException(error, error.message(), List.of(ErrorDetail.of(field, error, field + " " + message)));
    }
}
