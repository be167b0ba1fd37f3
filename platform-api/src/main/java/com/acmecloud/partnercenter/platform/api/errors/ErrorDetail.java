package com.acmecloud.partnercenter.platform.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One field-level reason inside an error body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(
        @JsonProperty("field") String field,
        @JsonProperty("error_code") String errorCode,
        @JsonProperty("error_msg") String errorMsg) {

    public static ErrorDetail of(String field, CbcError error, String message) {
        return new ErrorDetail(field, error.code(), message);
    }
}
