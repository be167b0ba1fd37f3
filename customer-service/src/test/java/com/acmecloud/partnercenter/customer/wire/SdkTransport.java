package com.acmecloud.partnercenter.customer.wire;

import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import java.util.List;
import java.util.function.BiFunction;

/** The two ways a test reaches an endpoint as the Huawei SDK would; every wire test runs with both. */
enum SdkTransport {

    /** SDK models and the SDK's JSON and error parsing, sent with RestAssured (strict: no unknown answer field). */
    SDK_MODELS {
        @Override
        <R, S> S call(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request, String token) {
            return HuaweiSdk.call(operation, request, token).model();
        }

        @Override
        <R, S> Refusal refuse(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request,
                              String token, int expectedStatus) {
            SdkErrorMessage error = HuaweiSdk.error(operation, request, token, expectedStatus);
            return new Refusal(error.getHttpStatusCode(), error.getErrorCode(), error.getErrorMsg(),
                    error.getRequestId(), error.getDetails());
        }
    },

    /** The SDK's own BssClient (okhttp, its serialiser, its response and exception handling). */
    SDK_CLIENT {
        @Override
        <R, S> S call(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request, String token) {
            return method.apply(HuaweiSdk.client(token), request);
        }

        @Override
        <R, S> Refusal refuse(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request,
                              String token, int expectedStatus) {
            try {
                S answer = method.apply(HuaweiSdk.client(token), request);
                throw new AssertionError(operation.getName() + " succeeded: " + answer);
            } catch (ServiceResponseException e) {
                return new Refusal(e.getHttpStatusCode(), e.getErrorCode(), e.getErrorMsg(), e.getRequestId(),
                        e.getDetails());
            }
        }
    };

    /** A refused call as the SDK reports it. */
    record Refusal(int httpStatus, String errorCode, String errorMsg, String requestId, List<SdkErrorMessage> details) {
    }

    abstract <R, S> S call(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request, String token);

    abstract <R, S> Refusal refuse(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request,
                                   String token, int expectedStatus);
}
