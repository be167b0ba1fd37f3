package com.acmecloud.partnercenter.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The suite's error body ({@code {"error_code","error_msg","request_id","details"}}, platform-api's ErrorResponse)
 * for the two answers the gateway gives itself. The codes are platform-api's CbcError entries; the gateway does not
 * depend on platform-api (its persistence extensions), and CbcCodesTest keeps the two in step.
 */
final class CbcErrorBodies {

    /** CbcError.RESOURCE_NOT_FOUND: no service documents this path. */
    static final String RESOURCE_NOT_FOUND = "CBC.91000001";
    /** CbcError.SERVICE_UNAVAILABLE: retryable; the owning service cannot be reached. */
    static final String SERVICE_UNAVAILABLE = "CBC.91000006";

    private CbcErrorBodies() {
    }

    static Buffer notFound(String requestId) {
        return body(RESOURCE_NOT_FOUND, "The requested resource does not exist.", requestId);
    }

    static Buffer unavailable(String requestId) {
        return body(SERVICE_UNAVAILABLE, "The service that owns this path is temporarily unavailable. Retry after "
                + "the time in the Retry-After header.", requestId);
    }

    static Buffer timedOut(String requestId) {
        return body(SERVICE_UNAVAILABLE, "The service that owns this path did not answer in time; it may still complete "
                + "the request. Retry after the time in the Retry-After header with the same Idempotency-Key.",
                requestId);
    }

    private static Buffer body(String code, String message, String requestId) {
        return new JsonObject()
                .put("error_code", code)
                .put("error_msg", message)
                .put("request_id", requestId)
                .put("details", new JsonArray())
                .toBuffer();
    }
}
