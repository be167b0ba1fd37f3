package com.acmecloud.partnercenter.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.gateway.routing.OpenApiDocuments;
import com.acmecloud.partnercenter.gateway.routing.RouteTable;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The merged document of the whole API, versioned as docs/openapi/partner-center.json, is what the services'
 * documents merge to: regenerate it with {@code -Dopenapi.regenerate=true} after an API change (the services'
 * builds write their own documents first).
 */
class MergedOpenApiTest {

    private static final Path DOCS = Path.of("..", "docs", "openapi");
    private static final Path MERGED = DOCS.resolve("partner-center.json");

    @Test
    void theVersionedMergedDocumentIsUpToDate() throws IOException {
        String merged = MergedOpenApi.merge(serviceDocuments(), "0.1.0").encodePrettily() + "\n";
        if (Boolean.getBoolean("openapi.regenerate")) {
            Files.writeString(MERGED, merged);
        }
        assertThat(MERGED).as("docs/openapi/partner-center.json: run this test with -Dopenapi.regenerate=true")
                .hasContent(merged);
    }

    @Test
    void everyRoutedOperationIsInTheMergedDocumentAndNoPerServiceOne() throws IOException {
        Map<String, String> documents = serviceDocuments();
        JsonObject paths = MergedOpenApi.merge(documents, "0.1.0").getJsonObject("paths");
        int routed = 0;
        for (String json : documents.values()) {
            for (OpenApiDocuments.Operation operation : OpenApiDocuments.operations(json)) {
                if (RouteTable.isPerService(operation.path())) {
                    assertThat(paths.containsKey(operation.path())).as(operation.path()).isFalse();
                } else {
                    routed++;
                    assertThat(paths.getJsonObject(operation.path()).containsKey(operation.method().toLowerCase()))
                            .as(operation.method() + " " + operation.path()).isTrue();
                }
            }
        }
        assertThat(OpenApiDocuments.operations(new JsonObject().put("paths", paths).encode())).hasSize(routed);
    }

    @Test
    void aSchemaTwoServicesDefineDifferentlyCannotBeMerged() {
        String a = "{\"openapi\":\"3.1.0\",\"paths\":{},\"components\":{\"schemas\":{\"Page\":{\"type\":\"object\"}}}}";
        String b = "{\"openapi\":\"3.1.0\",\"paths\":{},\"components\":{\"schemas\":{\"Page\":{\"type\":\"array\"}}}}";
        assertThatThrownBy(() -> MergedOpenApi.merge(Map.of("a", a, "b", b), "1"))
                .hasMessageContaining("schema Page differs");
        assertThat(MergedOpenApi.merge(Map.of("a", a, "b", a), "1").getJsonObject("components")
                .getJsonObject("schemas").fieldNames()).containsExactly("Page");
    }

    /** The services' stored documents, by service name in name order (as the gateway reads its origins). */
    private static Map<String, String> serviceDocuments() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(DOCS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                documents.put(dir.getFileName().toString(), Files.readString(dir.resolve("openapi.json")));
            }
        }
        return documents;
    }
}
