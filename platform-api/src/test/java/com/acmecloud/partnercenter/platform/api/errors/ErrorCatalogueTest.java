package com.acmecloud.partnercenter.platform.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is well-formed, and docs/errors.md is exactly what it generates. After changing the
 * catalogue run {@code mvn -pl platform-api test -Derrors.regenerate=true} and commit the file.
 */
class ErrorCatalogueTest {

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(Arrays.stream(CbcError.values()).map(CbcError::code).collect(Collectors.toSet()))
                .hasSize(CbcError.values().length);
        for (CbcError error : CbcError.values()) {
            assertThat(error.code()).as(error.name()).matches("CBC\\.(\\d{4}|\\d{8})");
            assertThat(error.httpStatus()).as(error.name()).isBetween(400, 599);
            assertThat(error.message()).as(error.name()).isNotBlank().doesNotContain("Exception");
            assertThat(error.messageZh()).as(error.name()).isNotBlank();
            if (error.code().startsWith("CBC.91")) {
                assertThat(error.code()).as("our own range").hasSize(12);
            }
        }
    }

    /**
     * 500 is only the unexpected fault; the one other 5xx is 503, for a provider we depend on that did not take the
     * request (SMS, e-mail delivery). Both are retryable.
     */
    @Test
    void onlyServerFaultsAre5xx() {
        for (CbcError error : CbcError.values()) {
            if (error.httpStatus() >= 500) {
                if (error != CbcError.INTERNAL_ERROR) {
                    assertThat(error.httpStatus()).as(error.name()).isEqualTo(503);
                }
                assertThat(error.retryable()).as(error.name()).isTrue();
            }
        }
    }

    @Test
    void lookupByCodeFindsEveryEntry() {
        for (CbcError error : CbcError.values()) {
            assertThat(CbcError.byCode(error.code())).isSameAs(error);
        }
    }

    @Test
    void docsErrorsMdIsGeneratedFromTheCatalogue() throws IOException {
        Path doc = Path.of(System.getProperty("errors.doc", "../docs/errors.md"));
        String expected = ErrorCatalogueMarkdown.render();
        if (Boolean.getBoolean("errors.regenerate")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/errors.md is stale: run mvn -pl platform-api test -Derrors.regenerate=true")
                .isEqualTo(expected);
    }
}
