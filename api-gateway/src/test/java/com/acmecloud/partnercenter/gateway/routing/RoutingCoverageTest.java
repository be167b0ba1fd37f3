package com.acmecloud.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The routing table covers every operation of every service's OpenAPI document (docs/openapi/, stored by the
 * services' builds), and no path template has two owners.
 */
class RoutingCoverageTest {

    private static final Path DOCS = Path.of("..", "docs", "openapi");
    private static final String SAMPLE_ID = "x0c1d2e3f";

    private static Map<String, List<OpenApiDocuments.Operation>> operationsByService;

    @BeforeAll
    static void readDocuments() throws IOException {
        operationsByService = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(DOCS)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path json = dir.resolve("openapi.json");
                assertThat(json).as("the stored OpenAPI document of " + dir.getFileName()).exists();
                operationsByService.put(dir.getFileName().toString(), OpenApiDocuments.operations(Files.readString(json)));
            }
        }
    }

    @Test
    void everyServiceWithADocumentIsAnOriginOfTheGatewayAndViceVersa() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        List<String> origins = properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("gateway.origins."))
                .map(name -> name.substring("gateway.origins.".length()))
                .sorted().toList();
        assertThat(origins).containsExactlyElementsOf(operationsByService.keySet());
        assertThat(operationsByService.keySet())
                .containsExactlyInAnyOrder("partner-service", "customer-service", "incentive-service", "billing-gateway");
    }

    @Test
    void noPathTemplateIsClaimedByTwoServices() {
        try {
            RouteTable.of(templates());
        } catch (ConflictingRoutesException e) {
            fail("Path templates documented by more than one service:\n  " + String.join("\n  ", e.conflicts()));
        }
    }

    @Test
    void everyDocumentedOperationIsRoutedToTheServiceThatDocumentsIt() {
        RouteTable table = RouteTable.of(templates());
        List<String> misrouted = new ArrayList<>();
        int operations = 0;
        for (var entry : operationsByService.entrySet()) {
            for (OpenApiDocuments.Operation operation : entry.getValue()) {
                operations++;
                if (RouteTable.isPerService(operation.path())) {
                    continue;
                }
                String concrete = operation.path().replaceAll("\\{[^}/]+}", SAMPLE_ID);
                String owner = table.ownerOf(concrete).orElse("nobody");
                if (!owner.equals(entry.getKey())) {
                    misrouted.add(operation.method() + " " + operation.path() + " of " + entry.getKey()
                            + " goes to " + owner);
                }
            }
        }
        assertThat(misrouted).as("operations the gateway would not send to their service").isEmpty();
        assertThat(operations).as("documented operations").isGreaterThan(50);
    }

    @Test
    void theGatewaysClasspathCarriesTheSameDocuments() {
        for (String service : operationsByService.keySet()) {
            assertThat(OpenApiDocuments.fromClasspath(service))
                    .as(service).containsExactlyInAnyOrderElementsOf(operationsByService.get(service));
        }
    }

    private static Map<String, List<String>> templates() {
        Map<String, List<String>> templates = new TreeMap<>();
        operationsByService.forEach((service, ops) -> templates.put(service,
                ops.stream().map(OpenApiDocuments.Operation::path).distinct().toList()));
        return templates;
    }
}
