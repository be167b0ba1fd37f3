package com.acmecloud.partnercenter.platform.api.web;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.ErrorResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Runs on every HTTP request before anything else: assigns the request id, refuses oversized bodies with
 * a CBC body (413), and accepts Huawei's {@code X-Auth-Token} header as a bearer token.
 */
@ApplicationScoped
public class HttpEdgeFilters {

    static final String X_AUTH_TOKEN = "X-Auth-Token";

    private final ObjectMapper objectMapper;
    private final long maxBodyBytes;

    HttpEdgeFilters(ObjectMapper objectMapper,
                    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.objectMapper = objectMapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        context.put(RequestIds.CONTEXT_KEY, requestId);
        context.response().putHeader(RequestIds.HEADER, requestId);
        MDC.put("request_id", requestId);

        if (declaredLength(context) > maxBodyBytes) {
            reject(context, requestId);
            return;
        }
        String huaweiToken = context.request().getHeader(X_AUTH_TOKEN);
        if (huaweiToken != null && !huaweiToken.isBlank() && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + huaweiToken.trim());
        }
        context.next();
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void reject(RoutingContext context, String requestId) {
        CbcError error = CbcError.PAYLOAD_TOO_LARGE;
        String body;
        try {
            body = objectMapper.writeValueAsString(ErrorResponse.of(error,
                    error.message() + " Maximum: " + maxBodyBytes + " bytes.", requestId, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"error_code\":\"" + error.code() + "\"}";
        }
        context.response()
                .setStatusCode(error.httpStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
