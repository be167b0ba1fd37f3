package com.acmecloud.partnercenter.platform.wire;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document the service under test serves at {@code /q/openapi}, read as the tests' list of what exists:
 * every
 * operation (method, path, roles), its query parameters and the properties of its JSON body. Tests that must cover
 * "every operation" walk this list, so an endpoint added later without a test fails them.
 */
public final class ServedOpenApi {

    private static Map<String, Object> document;

    private ServedOpenApi() {
    }

    /** One operation: lower-case method, templated path, the raw operation object. */
    public record Operation(String method, String path, Map<String, Object> raw) {

        /** "POST /v2/accounts/partner-accounts/adjust-amount" */
        public String key() {
            return method.toUpperCase() + " " + path;
        }

        public boolean allows(String role) {
            Object security = raw.get("security");
            return security != null && security.toString().matches("(?s).*\\b" + role + "\\b.*");
        }

        @SuppressWarnings("unchecked")
        public Set<String> queryParameters() {
            Set<String> names = new LinkedHashSet<>();
            for (Object parameter : (List<Object>) raw.getOrDefault("parameters", List.of())) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("query".equals(p.get("in"))) {
                    names.add((String) p.get("name"));
                }
            }
            return names;
        }

        /** The JSON body's schema (components resolved), or null without a body. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> bodySchema() {
            Map<String, Object> body = (Map<String, Object>) raw.get("requestBody");
            if (body == null) {
                return null;
            }
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            Map<String, Object> json = (Map<String, Object>) content.get("application/json");
            return json == null ? null : resolve((Map<String, Object>) json.get("schema"));
        }
    }

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> document() {
        if (document == null) {
            document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .as(Map.class);
        }
        return document;
    }

    /** Every operation of the document, in document order. */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document().get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> raw && raw.containsKey("responses")) {
                operations.add(new Operation(method, path, (Map<String, Object>) raw));
            }
        }));
        return operations;
    }

    /** The operations a role may call (its name in the operation's security requirement). */
    public static List<Operation> operationsFor(String role) {
        return operations().stream().filter(operation -> operation.allows(role)).toList();
    }

    public static Operation operation(String method, String path) {
        return operations().stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method) && operation.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in /q/openapi"));
    }

    /** A schema with its {@code $ref} (and a one-element {@code allOf}) followed to the component. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String name) {
            Map<String, Object> components = (Map<String, Object>) document().get("components");
            Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
            return resolve((Map<String, Object>) schemas.get(name.substring(name.lastIndexOf('/') + 1)));
        }
        Object allOf = schema.get("allOf");
        if (allOf instanceof List<?> parts && parts.size() == 1) {
            return resolve((Map<String, Object>) parts.get(0));
        }
        return schema;
    }

    /** The properties of an object schema (resolved), in order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        Map<String, Object> resolved = resolve(schema);
        if (resolved != null && resolved.get("properties") instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((name, property) ->
                    properties.put(name, resolve((Map<String, Object>) property)));
        }
        return properties;
    }
}
