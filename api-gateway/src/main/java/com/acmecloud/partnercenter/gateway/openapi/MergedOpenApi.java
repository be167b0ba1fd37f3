package com.acmecloud.partnercenter.gateway.openapi;

import com.acmecloud.partnercenter.gateway.routing.RouteTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document of the whole API at the one endpoint: the services' documents merged. Every routed path
 * keeps its operations as its service documents them; the per-service operator paths (not routed) are left out;
 * tags, schemas and security schemes are united. A schema or security scheme that two services define differently
 * under one name cannot be merged: that fails here (and in the gateway's build, through MergedOpenApiTest), so that
 * a front-end never gets a silently wrong type.
 */
public final class MergedOpenApi {

    static final String TITLE = "Partner Center API";

    private MergedOpenApi() {
    }

    /** Merges the documents, given as JSON text by service name (in the order the caller wants them read). */
    public static JsonObject merge(Map<String, String> documentsByService, String version) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        JsonArray tags = new JsonArray();
        List<String> tagNames = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        String openapi = "3.1.0";
        for (var entry : documentsByService.entrySet()) {
            String service = entry.getKey();
            JsonObject document = new JsonObject(entry.getValue());
            openapi = document.getString("openapi", openapi);
            JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                if (!RouteTable.isPerService(path)) {
                    paths.put(path, servicePaths.getJsonObject(path).copy());
                }
            }
            JsonObject components = document.getJsonObject("components", new JsonObject());
            unite(schemas, components.getJsonObject("schemas", new JsonObject()), service, "schema", conflicts);
            unite(securitySchemes, components.getJsonObject("securitySchemes", new JsonObject()), service,
                    "security scheme", conflicts);
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                JsonObject t = (JsonObject) tag;
                if (!tagNames.contains(t.getString("name"))) {
                    tagNames.add(t.getString("name"));
                    tags.add(t.copy());
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("The services' OpenAPI documents cannot be merged: "
                    + String.join("; ", conflicts));
        }
        return new JsonObject()
                .put("openapi", openapi)
                .put("info", new JsonObject()
                        .put("title", TITLE)
                        .put("version", version)
                        .put("description", "The whole Partner Center API at one endpoint (api-gateway): the "
                                + "services' documents merged. Huawei-compatible operations carry Huawei's "
                                + "operationIds (the official SDK's names); errors are CBC codes (docs/errors.md)."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "http://127.0.0.1:8080")
                        .put("description", "the local stack (dev/stack.sh up); in Kubernetes your API host")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }

    private static void unite(JsonObject into, JsonObject from, String service, String kind, List<String> conflicts) {
        for (String name : from.fieldNames()) {
            Object theirs = from.getValue(name);
            Object ours = into.getValue(name);
            if (ours == null) {
                into.put(name, theirs);
            } else if (!ours.equals(theirs)) {
                conflicts.add(kind + " " + name + " differs in " + service);
            }
        }
    }
}
