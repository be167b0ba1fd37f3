package com.acmecloud.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bssintl.v2.BssintlMeta;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service's OpenAPI document (docs/openapi/) has an operationId, the ids are unique across
 * the whole API (the per-service operator paths aside, which are the same operation in every service), and where
 * Huawei has the operation the id is the official SDK's name for it.
 */
class OperationIdsTest {

    private static final Path DOCS = Path.of("..", "docs", "openapi");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** "POST /v2/partners/sub-customers" → operationId (null when missing), per service. */
    private static Map<String, Map<String, String>> idsByService;

    @BeforeAll
    static void readDocuments() throws IOException {
        idsByService = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(DOCS)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path file = dir.resolve("openapi.json");
                if (!Files.exists(file)) {
                    continue; // the merged document's directory, or a service without a document (RoutingCoverageTest)
                }
                JsonObject paths = new JsonObject(Files.readString(file)).getJsonObject("paths", new JsonObject());
                Map<String, String> ids = new TreeMap<>();
                for (String path : paths.fieldNames()) {
                    JsonObject item = paths.getJsonObject(path);
                    for (String method : item.fieldNames()) {
                        if (METHODS.contains(method)) {
                            ids.put(method.toUpperCase() + " " + path, item.getJsonObject(method).getString("operationId"));
                        }
                    }
                }
                idsByService.put(dir.getFileName().toString(), ids);
            }
        }
        assertThat(idsByService).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyOperationHasAnOperationId() {
        List<String> unnamed = new ArrayList<>();
        idsByService.forEach((service, ids) -> ids.forEach((operation, id) -> {
            if (id == null || id.isBlank()) {
                unnamed.add(operation + " (" + service + ")");
            }
        }));
        assertThat(unnamed).as("operations without an operationId: add them to platform-api's "
                + "META-INF/openapi-operation-ids.txt").isEmpty();
    }

    @Test
    void operationIdsAreUniqueAcrossTheWholeApiAndPascalCase() {
        Map<String, Set<String>> operationsById = new TreeMap<>();
        idsByService.values().forEach(ids -> ids.forEach((operation, id) -> {
            if (id != null) {
                operationsById.computeIfAbsent(id, k -> new TreeSet<>()).add(operation);
            }
        }));
        List<String> shared = new ArrayList<>();
        operationsById.forEach((id, operations) -> {
            assertThat(id).as("operationId").matches("[A-Z][A-Za-z0-9]+");
            if (operations.size() > 1) {
                shared.add(id + " names " + operations);
            }
        });
        assertThat(shared).as("one operationId for two different operations").isEmpty();
    }

    @Test
    void huaweisOperationsCarryTheSdksNames() throws IllegalAccessException {
        Map<String, String> ours = new TreeMap<>();
        idsByService.values().forEach(ids -> ids.forEach((operation, id) -> ours.put(normalise(operation), id)));
        List<String> wrong = new ArrayList<>();
        int huawei = 0;
        for (Class<?> meta : List.of(BssMeta.class, BssintlMeta.class)) {
            for (Field field : meta.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType() != HttpRequestDef.class) {
                    continue;
                }
                HttpRequestDef<?, ?> sdk = (HttpRequestDef<?, ?>) field.get(null);
                String key = normalise(sdk.getMethod().name() + " " + sdk.getUri());
                if (ours.containsKey(key)) {
                    huawei++;
                    if (!sdk.getName().equals(ours.get(key))) {
                        wrong.add(key + " is " + ours.get(key) + ", the SDK calls it " + sdk.getName());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(huawei).as("Huawei operations we serve (BSS and BSS INTL definitions)").isGreaterThan(30);
    }

    private static String normalise(String operation) {
        return operation.replaceAll("\\{[^}/]+}", "{}");
    }
}
