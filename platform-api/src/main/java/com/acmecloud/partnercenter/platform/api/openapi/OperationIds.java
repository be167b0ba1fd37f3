package com.acmecloud.partnercenter.platform.api.openapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The operationId of every operation of the suite, from one table ({@code META-INF/openapi-operation-ids.txt}):
 * Huawei's SDK name where Huawei has the operation, our own otherwise. One table for all services keeps the names
 * unique across the merged document; api-gateway's {@code OperationIdsTest} proves that every documented operation
 * has one and that Huawei's are the SDK's.
 */
public final class OperationIds {

    static final String TABLE = "META-INF/openapi-operation-ids.txt";

    private static final Map<String, String> BY_OPERATION = load();

    private OperationIds() {
    }

    /** The operationId of {@code method path} ("POST", "/v2/partners/sub-customers"), if the table names one. */
    public static Optional<String> of(String method, String pathTemplate) {
        return Optional.ofNullable(BY_OPERATION.get(method.toUpperCase() + " " + pathTemplate));
    }

    /**
     * Sets the operationId of every operation the table names. An id written on the resource instead (
     * {@code @Operation(operationId = ...)}) that differs from the table fails the build: the table is the one place.
     */
    static void assign(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.forEach((method, operation) -> of(method.name(), path).ifPresent(id -> {
                    if (operation.getOperationId() != null && !operation.getOperationId().equals(id)) {
                        throw new IllegalStateException(method + " " + path + " is named " + id + " in " + TABLE
                                + ", not " + operation.getOperationId() + ": name operations only in the table");
                    }
                    operation.setOperationId(id);
                }));
            }
        });
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = OperationIds.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 3 || table.put(parts[0] + " " + parts[1], parts[2]) != null) {
                    throw new IllegalStateException(TABLE + ": malformed or repeated line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
