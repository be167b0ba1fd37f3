package com.acmecloud.partnercenter.platform.test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class during which the service blocked a Vert.x event loop: Vert.x's blocked-thread
 * checker logs a warning, and the test profile writes the log to {@value #LOG} (one file for the whole run:
 * {@code rotate-on-boot=false}, or a profile restart would hide the lines before it). Registered for every
 * test class through {@code META-INF/services}: Quarkus's own {@code junit-platform.properties} turns on
 * JUnit's extension auto-detection (a second such file would shadow it and lose Quarkus's class orderer).
 */
public class NoBlockedEventLoop implements BeforeAllCallback, AfterAllCallback {

    /** Where every service's test profile writes its log ({@code %test.quarkus.log.file.path}). */
    public static final String LOG = "target/quarkus-test.log";
    static final String WARNING = "has been blocked for";

    private long start;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start = length(Path.of(LOG));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        List<String> warnings = warningsSince(Path.of(LOG), start);
        if (!warnings.isEmpty()) {
            throw new AssertionError("An event-loop thread was blocked while " + context.getDisplayName()
                    + " ran:\n" + String.join("\n", warnings));
        }
    }

    static List<String> warningsSince(Path log, long offset) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (!Files.exists(log)) {
            return warnings;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(offset, file.length()));
            String line;
            while ((line = file.readLine()) != null) {
                String text = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                if (text.contains(WARNING)) {
                    warnings.add(text);
                }
            }
        }
        return warnings;
    }

    private static long length(Path log) throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }
}
