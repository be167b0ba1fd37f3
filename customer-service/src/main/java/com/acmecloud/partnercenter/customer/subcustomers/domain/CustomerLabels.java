package com.acmecloud.partnercenter.customer.subcustomers.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.List;

/**
 * A customer's label, set by its partner: at most 64 characters, no control characters; the empty string clears it.
 * Huawei's query filter {@code label} matches a part of it (prefix, suffix or middle), case-sensitively.
 */
public final class CustomerLabels {

    public static final int MAX_LENGTH = 64;

    private CustomerLabels() {
    }

    /**
     * @return the label to store, or null for the empty string (no label)
     * @throws CbcException CBC.0100 for a label over 64 characters or with control characters
     */
    public static String toStored(String label) {
        if (label.isEmpty()) {
            return null;
        }
        if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        if (label.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("must not contain control characters");
        }
        return label;
    }

    private static CbcException invalid(String why) {
        return new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                List.of(ErrorDetail.of("label", CbcError.PARAMETER_ERROR, why)));
    }
}
