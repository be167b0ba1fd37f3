package com.acmecloud.partnercenter.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The gateway's two codes are platform-api's catalogue entries (without depending on platform-api). */
class CbcCodesTest {

    @Test
    void theGatewaysCodesAreThoseOfTheCatalogue() throws IOException {
        String catalogue = Files.readString(Path.of("..", "platform-api", "src", "main", "java", "com", "acmecloud",
                "partnercenter", "platform", "api", "errors", "CbcError.java"));
        assertThat(catalogue).contains("RESOURCE_NOT_FOUND(\"" + CbcErrorBodies.RESOURCE_NOT_FOUND + "\", 404, false,");
        assertThat(catalogue).contains("SERVICE_UNAVAILABLE(\"" + CbcErrorBodies.SERVICE_UNAVAILABLE + "\", 503, true,");
    }
}
