package com.acmecloud.partnercenter.platform.wire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import com.huaweicloud.sdk.core.http.LocationType;
import com.huaweicloud.sdk.core.utils.ExceptionUtils;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Talks to the service under test the way the official Huawei Cloud Java SDK does ({@code huaweicloud-sdk-bss}, and
 * {@code huaweicloud-sdk-bssintl} for the international-site budget operations), as a wire test needs it:
 * method, path and where each field goes come from the SDK's {@code BssMeta} / {@code BssintlMeta}
 * operation, the body is the SDK's request model written by the SDK's own {@link JsonUtils}, the answer is read into
 * the SDK's response model and an error body by the SDK's {@link ExceptionUtils}.
 *
 * <p>Reading is stricter than the SDK: a field the SDK model does not know fails, and so does a field of another JSON
 * type than the model's (a number for a String field, a string for a number), which the SDK would coerce silently.
 */
public final class HuaweiSdk {

    public static final ObjectMapper STRICT = strict();

    private HuaweiSdk() {
    }

    @SuppressWarnings("deprecation")
    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonUtils.getDefaultMapper().copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /** A successful call: the raw answer and the SDK response model it deserialises into. */
    public record Answer<S>(Response raw, S model) {
    }

    public static <R, S> Answer<S> call(HttpRequestDef<R, S> operation, R request, String token) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString()).isBetween(200, 299);
        return new Answer<>(raw, readModel(operation, raw));
    }

    /** A refused call, parsed as the SDK's exception handler parses it (error_code, error_msg, request_id, details). */
    public static <R> SdkErrorMessage error(HttpRequestDef<R, ?> operation, R request, String token,
                                            int expectedStatus) {
        Response raw = send(operation, request, token);
        assertThat(raw.statusCode()).as("%s answered %s", operation.getName(), raw.asString())
                .isEqualTo(expectedStatus);
        return ExceptionUtils.extractErrorMessage(new RestAssuredHttpResponse(raw));
    }

    /** The raw answer of a call made as the SDK makes it. */
    public static <R> Response send(HttpRequestDef<R, ?> operation, R request, String token) {
        RequestSpecification spec = given().header("X-Auth-Token", token).contentType(ContentType.JSON);
        String path = operation.getUri();
        for (Field<R, ?> field : operation.getRequestFields()) {
            Object value = field.readValue(request).orElse(null);
            if (value == null) {
                continue;
            }
            switch (field.getLocation()) {
                case Path -> path = path.replace("{" + field.getName() + "}", value.toString());
                case Query -> {
                    if (value instanceof Collection<?> values) {
                        spec.queryParam(field.getName(), values); // repeated: operation_types=1&operation_types=2
                    } else {
                        spec.queryParam(field.getName(), value);
                    }
                }
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
            throw new AssertionError(operation.getName() + ": the SDK model "
                    + operation.getResponseType().getSimpleName() + " cannot read our answer " + raw.asString(), e);
        }
    }

    // --- the real SDK clients

    /**
     * The SDK's own {@link BssClient}, pointed at the service under test. The SDK signs with AK/SK; we take Huawei's
     * other way in, a token in {@code X-Auth-Token}, through a credential that only sets that header.
     */
    public static BssClient client(String token) {
        return BssClient.newBuilder()
                .withCredential(new GlobalCredentials(token))
                .withEndpoints(new ArrayList<>(List.of("http://localhost:" + RestAssured.port)))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(30))
                .build();
    }

    /** The international-site SDK's {@link BssintlClient} (budgets), set up as {@link #client}. */
    public static BssintlClient intlClient(String token) {
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

    // --- every field the SDK sends, we read

    /**
     * What the SDK can send for the operation (query parameters and body fields, nested models too) that our
     * operation in {@code /q/openapi} does not take: must be exactly {@code notTaken} ("name", or "Model.name" for a
     * nested body model), so nothing the SDK sends is dropped without the test saying so.
     */
    public static void assertRequestFieldsTaken(HttpRequestDef<?, ?> operation, Set<String> notTaken) {
        ServedOpenApi.Operation ours = ServedOpenApi.operation(operation.getMethod().name(), operation.getUri());
        Set<String> dropped = new TreeSet<>();
        for (Field<?, ?> field : operation.getRequestFields()) {
            if (field.getLocation() == LocationType.Query && !ours.queryParameters().contains(field.getName())) {
                dropped.add(field.getName());
            } else if (field.getLocation() == LocationType.Header) {
                dropped.add(field.getName());
            } else if (field.getLocation() == LocationType.Body) {
                assertThat(ours.bodySchema()).as("%s takes a JSON body", ours.key()).isNotNull();
                collectDropped(field.getFieldType(), ours.bodySchema(), dropped, true);
            }
        }
        assertThat(dropped).as("SDK request fields %s does not take", ours.key())
                .containsExactlyInAnyOrderElementsOf(notTaken);
    }

    private static void collectDropped(Class<?> model, Map<String, Object> schema, Set<String> dropped, boolean top) {
        Map<String, Map<String, Object>> properties = ServedOpenApi.properties(schema);
        for (java.lang.reflect.Field field : model.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property == null) {
                continue;
            }
            String name = property.value();
            Map<String, Object> ours = properties.get(name);
            if (ours == null) {
                dropped.add(top ? name : model.getSimpleName() + "." + name);
                continue;
            }
            Class<?> nested = sdkModel(field.getGenericType());
            if (nested != null) {
                Map<String, Object> nestedSchema = ours.get("items") instanceof Map<?, ?> items
                        ? ServedOpenApi.resolve(castMap(items)) : ours;
                collectDropped(nested, nestedSchema, dropped, false);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** The SDK model class of a field (or of its list's elements), null for scalars and enums. */
    private static Class<?> sdkModel(Type type) {
        Type element = type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0] : type;
        return element instanceof Class<?> c && !c.isEnum() && c.getPackageName().startsWith("com.huaweicloud.sdk")
                ? c : null;
    }

    // --- every documented field is answered

    /**
     * Every {@code @JsonProperty} field of the SDK model (and of the models nested in it) is non-null, except those
     * named in {@code notKept} ("field" or "Model.field"): what we do not keep, not checked.
     */
    public static void assertEveryFieldPopulated(Object model, Set<String> notKept) {
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
            if (notKept.contains(name) || notKept.contains(model.getClass().getSimpleName() + "." + name)) {
                continue;
            }
            Object value = read(model, field);
            boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty();
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
        if (value.getClass().getPackageName().startsWith("com.huaweicloud.sdk") && !value.getClass().isEnum()) {
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
