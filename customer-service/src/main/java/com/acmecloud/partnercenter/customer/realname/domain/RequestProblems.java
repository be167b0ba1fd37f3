package com.acmecloud.partnercenter.customer.realname.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request, field by field, and refuses it once: CBC.0101 when every problem is a
 * missing field, CBC.0100 otherwise (as the bean-validation mapper does).
 */
final class RequestProblems {

    private final List<ErrorDetail> details = new ArrayList<>();

    void missing(String field, String why) {
        details.add(ErrorDetail.of(field, CbcError.INVALID_PARAMETER, why));
    }

    void invalid(String field, String why) {
        details.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, why));
    }

    void throwIfAny() {
        if (details.isEmpty()) {
            return;
        }
        boolean allMissing = details.stream().allMatch(d -> d.errorCode().equals(CbcError.INVALID_PARAMETER.code()));
        CbcError error = allMissing ? CbcError.INVALID_PARAMETER : CbcError.PARAMETER_ERROR;
        throw new CbcException(error, error.message(), details);
    }
}
