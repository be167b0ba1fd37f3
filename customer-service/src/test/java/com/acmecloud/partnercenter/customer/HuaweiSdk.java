package com.acmecloud.partnercenter.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bssintl.v2.BssintlClient;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.ICredential;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import com.huaweicloud.sdk.core.http.Field;
import com.huaweicloud.sdk.core.http.HttpClient;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.http.HttpRequest;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.HttpResponse;
import com.huaweicloud.sdk.core.utils.ExceptionUtils;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Talks to our endpoints the way the official Huawei Cloud Java SDK ({@code huaweicloud-sdk-bss}, and
 * {@code huaweicloud-sdk-bssintl} for the international-site operations) does: the request
 * body is the SDK's request model serialised by the SDK's own {@link JsonUtils}; the answer is read into the SDK's
 * response model as {@code HcClient} reads it, and an error body is parsed by the SDK's {@link ExceptionUtils}.
 * Method, path and the body field come from the SDK's {@code BssMeta} (or {@code BssintlMeta}) definition of the
 * operation, so a path the SDK calls differently from ours fails here.
 */
final class HuaweiSdk {

    /** The SDK's mapper, failing on a field its model does not know: every field we answer, Huawei's model has. */
    private static final ObjectMapper STRICT = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private HuaweiSdk() {
    }

    /** A successful call: the raw answer and the SDK response model it deserialises into. */
    record Answer<S>(Response raw, S model) {
    }

    static <R, S> Answer<S> call(HttpRequestDef<R, S> operation, R request, String token) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString()).isBetween(200, 299);
        return new Answer<>(raw, readModel(operation, raw));
    }

    /** A refused call, parsed as the SDK's exception handler parses it (error_code, error_msg, request_id, details). */
    static <R> SdkErrorMessage error(HttpRequestDef<R, ?> operation, R request, String token, int expectedStatus) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString()).isEqualTo(expectedStatus);
        return ExceptionUtils.extractErrorMessage(new RestAssuredHttpResponse(raw));
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

    /** As {@code HcClient.processTextBasedType} for operations without a "body" response field, but strict. */
    private static <S> S readModel(HttpRequestDef<?, S> operation, Response raw) {
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
            throw new AssertionError(operation.getName() + ": the SDK model " + operation.getResponseType().getSimpleName()
                    + " cannot read our answer " + raw.asString(), e);
        }
    }

    // --- the real SDK client

    /**
     * The SDK's own {@link BssClient}, pointed at the service under test. The SDK signs with AK/SK; we take
     * Huawei's other way in, a token in {@code X-Auth-Token}, through a credential that only sets that header.
     */
    static BssClient client(String token) {
        return BssClient.newBuilder()
                .withCredential(new GlobalCredentials(token))
                .withEndpoints(new ArrayList<>(List.of("http://localhost:" + RestAssured.port)))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(30))
                .build();
    }

    /** The international-site SDK's {@link BssintlClient} (freeze / unfreeze), set up as {@link #client}. */
    static BssintlClient intlClient(String token) {
        return BssintlClient.newBuilder()
                .withCredential(new GlobalCredentials(token))
                .withEndpoints(new ArrayList<>(List.of("http://localhost:" + RestAssured.port)))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(30))
                .build();
    }

    /**
     * Named like the SDK's {@code com.huaweicloud.sdk.core.auth.GlobalCredentials} because {@code ClientBuilder}
     * accepts a BSS (and BSS INTL) credential by its simple class name.
     */
    static final class GlobalCredentials implements ICredential {

        private final String token;

        GlobalCredentials(String token) {
            this.token = token;
        }

        @Override
        public CompletableFuture<ICredential> processAuthParams(HcClient hcClient, String regionId) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<HttpRequest> processAuthRequest(HttpRequest httpRequest, HttpClient httpClient) {
            return CompletableFuture.completedFuture(httpRequest.builder().addHeader("X-Auth-Token", token).build());
        }

        @Override
        public ICredential deepClone() {
            return new GlobalCredentials(token);
        }
    }

    // --- "every documented field is populated"

    /**
     * Every {@code @JsonProperty} field of the SDK model (and of the models nested in it) is non-null, except those
     * named in {@code notKept} ("field" or "Model.field"): what we do not keep yet, not checked.
     */
    static void assertEveryFieldPopulated(Object model, Set<String> notKept) {
        List<String> missing = new ArrayList<>();
        collectMissing(model, model.getClass().getSimpleName(), notKept, missing);
        assertThat(missing).as("SDK model fields our answer leaves empty").isEmpty();
    }

    private static void collectMissing(Object model, String where, Set<String> notKept, List<String> missing) {
        for (java.lang.reflect.Field field : model.getClass().getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property == null) {
                continue;
            }
            String name = property.value();
            Object value = read(model, field);
            boolean exempt = notKept.contains(name) || notKept.contains(model.getClass().getSimpleName() + "." + name);
            boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty();
            if (exempt) {
                continue;
            }
            if (empty) {
                missing.add(where + "." + name);
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectNested(item, where + "." + name + "[" + i++ + "]", notKept, missing);
                }
            } else {
                collectNested(value, where + "." + name, notKept, missing);
            }
        }
    }

    private static void collectNested(Object value, String where, Set<String> notKept, List<String> missing) {
        if (value.getClass().getPackageName().startsWith("com.huaweicloud.sdk")) {
            collectMissing(value, where, notKept, missing);
        }
    }

    private static Object read(Object model, java.lang.reflect.Field field) {
        String getter = "get" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        try {
            return model.getClass().getMethod(getter).invoke(model);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("no getter " + getter + " on " + model.getClass().getName(), e);
        }
    }

    /** The SDK's {@link HttpResponse} over a RestAssured answer, for the SDK's error parser. */
    private record RestAssuredHttpResponse(Response raw) implements HttpResponse {

        @Override
        public int getStatusCode() {
            return raw.statusCode();
        }

        @Override
        public String getContentType() {
            return raw.contentType();
        }

        @Override
        public long getContentLength() {
            return raw.asByteArray().length;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return raw.headers().asList().stream().collect(Collectors.groupingBy(
                    io.restassured.http.Header::getName,
                    Collectors.mapping(io.restassured.http.Header::getValue, Collectors.toList())));
        }

        @Override
        public String getBodyAsString() {
            return raw.asString();
        }

        @Override
        public byte[] getBodyAsBytes() {
            return raw.asByteArray();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(raw.asByteArray());
        }

        @Override
        public String getHeader(String name) {
            return raw.header(name);
        }
    }
}
