package com.acmecloud.partnercenter.platform.api.errors;

import java.util.List;

/** A failure the caller can be told about: rendered by {@link CbcExceptionMappers} from the catalogue. */
public class CbcException extends RuntimeException {

    private final CbcError error;
    private final List<ErrorDetail> details;

    public CbcException(CbcError error) {
        this(error, error.message(), List.of());
    }

    public CbcException(CbcError error, String message) {
        this(error, message, List.of());
    }

    public CbcException(CbcError error, String message, List<ErrorDetail> details) {
        super(message, null, false, false);
        this.error = error;
        this.details = List.copyOf(details);
    }

    public CbcError error() {
        return error;
    }

    public List<ErrorDetail> details() {
        return details;
    }
}
