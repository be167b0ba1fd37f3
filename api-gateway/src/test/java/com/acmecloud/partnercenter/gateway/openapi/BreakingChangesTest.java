package com.acmecloud.partnercenter.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * The merged document (docs/openapi/partner-center.json) makes no breaking change against the last released one
 * (docs/openapi/partner-center.released.json): no operation removed, no request made stricter, no answer field
 * taken away or changed in type. A release copies the current document over the released one.
 */
class BreakingChangesTest {

    private static final Path CURRENT = Path.of("..", "docs", "openapi", "partner-center.json");
    private static final Path RELEASED = Path.of("..", "docs", "openapi", "partner-center.released.json");

    @Test
    void theApiStaysCompatibleWithTheLastRelease() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(RELEASED), Files.readString(CURRENT));
        assertThat(breaking(diff)).as("breaking changes against docs/openapi/partner-center.released.json").isEmpty();
    }

    @Test
    void removingAnOperationIsABreakingChange() throws IOException {
        String released = Files.readString(RELEASED);
        String withoutFreeze = released.replace("\"/v2/partners/sub-customers/freeze\"",
                "\"/v2/partners/sub-customers/freeze-removed\"");
        assertThat(withoutFreeze).isNotEqualTo(released);
        assertThat(breaking(OpenApiCompare.fromContents(released, withoutFreeze)))
                .contains("removed: POST /v2/partners/sub-customers/freeze");
    }

    private static List<String> breaking(ChangedOpenApi diff) {
        List<String> breaking = new ArrayList<>();
        if (!diff.isIncompatible()) {
            return breaking;
        }
        for (Endpoint missing : diff.getMissingEndpoints()) {
            breaking.add("removed: " + missing.getMethod() + " " + missing.getPathUrl());
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            if (changed.isIncompatible()) {
                breaking.add("changed incompatibly: " + changed.getHttpMethod() + " " + changed.getPathUrl());
            }
        }
        if (breaking.isEmpty()) {
            breaking.add("incompatible: " + diff.isChanged());
        }
        return breaking;
    }
}
