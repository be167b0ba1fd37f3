package com.acmecloud.partnercenter.gateway.routing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the operations of a service's OpenAPI document (the JSON its build stores in {@code docs/openapi/<service>/},
 * copied into the gateway's classpath under {@code openapi/<service>/openapi.json}).
 */
public final class OpenApiDocuments {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiDocuments() {
    }

    /** One documented operation: method (upper case) and path template. */
    public record Operation(String method, String path) {
    }

    public static List<Operation> operations(String json) {
        JsonObject paths = new JsonObject(json).getJsonObject("paths", new JsonObject());
        List<Operation> operations = new ArrayList<>();
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String key : item.fieldNames()) {
                if (METHODS.contains(key)) {
                    operations.add(new Operation(key.toUpperCase(), path));
                }
            }
        }
        return operations;
    }

    /** The operations of the service's document on the classpath; fails if it is missing. */
    public static List<Operation> fromClasspath(String service) {
        return operations(textFromClasspath(service));
    }

    /** The service's document on the classpath, as JSON text; fails if it is missing. */
    public static String textFromClasspath(String service) {
        String resource = "openapi/" + service + "/openapi.json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No OpenAPI document for " + service + " (" + resource
                        + "): build the service so that it stores docs/openapi/" + service + "/openapi.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
