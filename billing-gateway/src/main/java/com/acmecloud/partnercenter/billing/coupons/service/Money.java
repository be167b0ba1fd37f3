package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.math.BigDecimal;
import java.util.List;

/** Coupon amounts: yuan, &gt; 0, at most 2 decimals and 18 integer digits (NUMERIC(20,2)); else CBC.0100. */
final class Money {

    private static final BigDecimal MAX = new BigDecimal("1000000000000000000");

    private Money() {
    }

    static BigDecimal positive(String field, BigDecimal value) {
        if (value == null) {
            throw invalid(field, "is required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (value.signum() <= 0 || stripped.scale() > 2 || value.compareTo(MAX) >= 0) {
            throw invalid(field, "must be greater than 0 with at most 2 decimal places");
        }
        return value.setScale(2);
    }

    /** A signed, non-zero amount (an adjustment), same precision. */
    static BigDecimal nonZero(String field, BigDecimal value) {
        if (value == null) {
            throw invalid(field, "is required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (value.signum() == 0 || stripped.scale() > 2 || value.abs().compareTo(MAX) >= 0) {
            throw invalid(field, "must not be 0 and have at most 2 decimal places");
        }
        return value.setScale(2);
    }

    static CbcException invalid(String field, String message) {
        return new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                List.of(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, message)));
    }
}
