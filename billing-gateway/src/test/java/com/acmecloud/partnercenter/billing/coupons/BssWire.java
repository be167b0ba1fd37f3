package com.acmecloud.partnercenter.billing.coupons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.http.Field;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;

/**
 * Calls an operation as the official SDK ({@code huaweicloud-sdk-bss}) defines it in {@code BssMeta}: method, path,
 * query and body fields from the operation's definition, the body written by the SDK's own {@link JsonUtils}; the
 * answer is read into the SDK's response model with a mapper that fails on any field the model does not know.
 */
final class BssWire {

    private static final ObjectMapper STRICT = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private BssWire() {
    }

    static <R, S> S call(HttpRequestDef<R, S> operation, R request, String token) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString()).isBetween(200, 299);
        try {
            String body = raw.asString();
            S model = body == null || body.isEmpty()
                    ? operation.getResponseType().getDeclaredConstructor().newInstance()
                    : STRICT.readValue(body, operation.getResponseType());
            if (model instanceof SdkResponse response) {
                response.setHttpStatusCode(raw.statusCode());
            }
            return model;
        } catch (Exception e) {
            throw new AssertionError(operation.getName() + ": " + operation.getResponseType().getSimpleName()
                    + " cannot read " + raw.asString(), e);
        }
    }

    /** The raw answer of a call the test expects to be refused. */
    static <R> Response refused(HttpRequestDef<R, ?> operation, R request, String token) {
        return send(operation, request, token);
    }

    private static <R> Response send(HttpRequestDef<R, ?> operation, R request, String token) {
        RequestSpecification spec = given().header("X-Auth-Token", token).contentType(ContentType.JSON);
        for (Field<R, ?> field : operation.getRequestFields()) {
            Object value = field.readValue(request).orElse(null);
            if (value == null) {
                continue;
            }
            switch (field.getLocation()) {
                case Query -> {
                    if (value instanceof Collection<?> values) {
                        spec.queryParam(field.getName(), values); // repeated: operation_types=1&operation_types=2
                    } else {
                        spec.queryParam(field.getName(), value);
                    }
                }
                case Body -> spec.body(JsonUtils.toJSON(value));
                case Header -> spec.header(field.getName(), value);
                default -> throw new IllegalStateException("not used by these operations: " + field.getLocation());
            }
        }
        return spec.request(operation.getMethod().name(), operation.getUri());
    }
}
