package com.acmecloud.partnercenter.platform.api.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The error body of every failure: Huawei's two fields first, ours after. */
@JsonPropertyOrder({"error_code", "error_msg", "request_id", "details"})
public record ErrorResponse(
        @JsonProperty("error_code") String errorCode,
        @JsonProperty("error_msg") String errorMsg,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("details") List<ErrorDetail> details) {

    public static ErrorResponse of(CbcError error, String message, String requestId, List<ErrorDetail> details) {
        return new ErrorResponse(error.code(), message, requestId, details == null ? List.of() : details);
    }
}
