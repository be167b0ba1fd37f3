package com.acmecloud.partnercenter.billing;

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

/**
 * Calls our endpoints the way the official Huawei Cloud Java SDK ({@code huaweicloud-sdk-bss}) does: method, path,
 * query and body come from the SDK's {@code BssMeta} definition of the operation and its request model (serialised by
 * the SDK's {@link JsonUtils}); the answer is read into the SDK's response model strictly (a field the model does not
 * know fails). The same approach as customer-service's wire test, reduced to what billing needs.
 */
public final class BillingSdk {

    private static final ObjectMapper STRICT = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private BillingSdk() {
    }

    public static <R, S> S call(HttpRequestDef<R, S> operation, R request, String token) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString()).isBetween(200, 299);
        try {
            S model = STRICT.readValue(raw.asString(), operation.getResponseType());
            if (model instanceof SdkResponse response) {
                response.setHttpStatusCode(raw.statusCode());
            }
            return model;
        } catch (Exception e) {
            throw new AssertionError(operation.getName() + ": the SDK model " + operation.getResponseType()
                    .getSimpleName() + " cannot read our answer " + raw.asString(), e);
        }
    }

    /** The raw refusal of a call made as the SDK makes it. */
    public static <R> Response refuse(HttpRequestDef<R, ?> operation, R request, String token) {
        return send(operation, request, token);
    }

    private static <R> Response send(HttpRequestDef<R, ?> operation, R request, String token) {
        RequestSpecification spec = given().header("X-Auth-Token", token).contentType(ContentType.JSON);
        String path = operation.getUri();
        for (Field<R, ?> field : operation.getRequestFields()) {
            Object value = field.readValue(request).orElse(null);
            if (value == null) {
                continue;
            }
            switch (field.getLocation()) {
                case Path -> path = path.replace("{" + field.getName() + "}", value.toString());
                case Query -> spec.queryParam(field.getName(), value);
                case Header -> spec.header(field.getName(), value);
                case Body -> spec.body(JsonUtils.toJSON(value));
                default -> throw new IllegalStateException("not supported here: " + field.getLocation());
            }
        }
        return spec.request(operation.getMethod().name(), path);
    }
}
