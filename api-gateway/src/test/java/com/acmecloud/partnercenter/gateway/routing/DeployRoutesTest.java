package com.acmecloud.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/ agrees with the routing table: the one host's Ingress sends every documented path template to api-gateway
 * (its Prefix paths cover them all), and the Deployment sets every origin the gateway reads.
 * deploy/validate.sh checks the rest (one host, every backend is api-gateway, the origins name real Services).
 */
class DeployRoutesTest {

    private static final Path DEPLOY = Path.of("..", "deploy", "base", "api-gateway");
    private static final Path DOCS = Path.of("..", "docs", "openapi");

    @Test
    void theIngressPrefixesCoverEveryRoutedPathTemplate() throws IOException {
        String ingress = Files.readString(DEPLOY.resolve("ingress.yaml"));
        List<String> prefixes = new ArrayList<>();
        Matcher m = Pattern.compile("- path: (/\\S*)\\s+pathType: Prefix").matcher(ingress);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        assertThat(prefixes).isNotEmpty();

        List<String> uncovered = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(DOCS)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                for (OpenApiDocuments.Operation op : OpenApiDocuments.operations(Files.readString(dir.resolve("openapi.json")))) {
                    if (!RouteTable.isPerService(op.path())
                            && prefixes.stream().noneMatch(p -> op.path().equals(p) || op.path().startsWith(p + "/"))) {
                        uncovered.add(op.method() + " " + op.path() + " (" + dir.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(uncovered).as("path templates the Ingress of the one host does not send to api-gateway").isEmpty();
    }

    @Test
    void theDeploymentSetsEveryOriginTheGatewayReads() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        String deployment = Files.readString(DEPLOY.resolve("deployment.yaml"));
        Pattern variable = Pattern.compile("^\\$\\{([A-Z_]+):.*}$");
        List<String> origins = properties.stringPropertyNames().stream().filter(n -> n.startsWith("gateway.origins.")).toList();
        assertThat(origins).hasSize(4);
        for (String name : origins) {
            String service = name.substring("gateway.origins.".length());
            Matcher m = variable.matcher(properties.getProperty(name));
            assertThat(m.matches()).as(name + " reads an environment variable").isTrue();
            assertThat(deployment).as("deployment.yaml sets " + m.group(1))
                    .containsPattern("- name: " + m.group(1) + "\\s+value: http://" + service + ":80\\b");
        }
    }
}
