package com.acmecloud.partnercenter.platform.wire;

import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bssintl.v2.BssintlClient;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The two ways a test reaches an endpoint as the Huawei SDK would; every wire test runs with both. The China-site
 * operations go through {@link BssClient} ({@code call}, {@code refuse}), the international-site ones through
 * {@link BssintlClient} ({@code callIntl}, {@code refuseIntl}).
 */
public enum SdkTransport {

    /** SDK models and the SDK's JSON and error parsing, sent with RestAssured (strict: no unknown answer field). */
    SDK_MODELS {
        @Override
        public <C, R, S> S call(HttpRequestDef<R, S> operation, Function<String, C> client, BiFunction<C, R, S> method,
                         R request, String token) {
            return HuaweiSdk.call(operation, request, token).model();
        }

        @Override
        public <C, R, S> Refusal refuse(HttpRequestDef<R, S> operation, Function<String, C> client,
                                 BiFunction<C, R, S> method, R request, String token, int expectedStatus) {
            SdkErrorMessage error = HuaweiSdk.error(operation, request, token, expectedStatus);
            return new Refusal(error.getHttpStatusCode(), error.getErrorCode(), error.getErrorMsg(),
                    error.getRequestId(), error.getDetails());
        }
    },

    /** The SDK's own client (okhttp, its serialiser, its response and exception handling). */
    SDK_CLIENT {
        @Override
        public <C, R, S> S call(HttpRequestDef<R, S> operation, Function<String, C> client, BiFunction<C, R, S> method,
                         R request, String token) {
            return method.apply(client.apply(token), request);
        }

        @Override
        public <C, R, S> Refusal refuse(HttpRequestDef<R, S> operation, Function<String, C> client,
                                 BiFunction<C, R, S> method, R request, String token, int expectedStatus) {
            try {
                S answer = method.apply(client.apply(token), request);
                throw new AssertionError(operation.getName() + " succeeded: " + answer);
            } catch (ServiceResponseException e) {
                return new Refusal(e.getHttpStatusCode(), e.getErrorCode(), e.getErrorMsg(), e.getRequestId(),
                        e.getDetails());
            }
        }
    };

    /** A refused call as the SDK reports it. */
    public record Refusal(int httpStatus, String errorCode, String errorMsg, String requestId,
                          List<SdkErrorMessage> details) {
    }

    public <R, S> S call(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request, String token) {
        return call(operation, HuaweiSdk::client, method, request, token);
    }

    public <R, S> Refusal refuse(HttpRequestDef<R, S> operation, BiFunction<BssClient, R, S> method, R request,
                          String token, int expectedStatus) {
        return refuse(operation, HuaweiSdk::client, method, request, token, expectedStatus);
    }

    public <R, S> S callIntl(HttpRequestDef<R, S> operation, BiFunction<BssintlClient, R, S> method, R request,
                      String token) {
        return call(operation, HuaweiSdk::intlClient, method, request, token);
    }

    public <R, S> Refusal refuseIntl(HttpRequestDef<R, S> operation, BiFunction<BssintlClient, R, S> method, R request,
                              String token, int expectedStatus) {
        return refuse(operation, HuaweiSdk::intlClient, method, request, token, expectedStatus);
    }

    public abstract <C, R, S> S call(HttpRequestDef<R, S> operation, Function<String, C> client,
                                     BiFunction<C, R, S> method, R request, String token);

    public abstract <C, R, S> Refusal refuse(HttpRequestDef<R, S> operation, Function<String, C> client,
                                             BiFunction<C, R, S> method, R request, String token,
                                             int expectedStatus);
}
