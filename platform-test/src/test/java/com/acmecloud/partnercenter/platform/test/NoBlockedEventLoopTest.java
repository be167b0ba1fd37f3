package com.acmecloud.partnercenter.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoBlockedEventLoopTest {

    private static final String BLOCKED = "WARN  [io.ver.cor.imp.BlockedThreadChecker] (vertx-blocked-thread-checker) "
            + "Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 2534 ms, time limit is 2000 ms";

    @TempDir
    Path dir;

    @Test
    void findsOnlyTheWarningsWrittenAfterTheOffset() throws IOException {
        Path log = dir.resolve("quarkus-test.log");
        Files.writeString(log, BLOCKED + " (before)\nINFO started\n");
        long offset = Files.size(log);
        Files.writeString(log, "INFO request served\n" + BLOCKED + " (during)\n", StandardOpenOption.APPEND);

        assertThat(NoBlockedEventLoop.warningsSince(log, offset)).singleElement().asString().endsWith("(during)");
    }

    @Test
    void aQuietLogOrNoLogAtAllHasNoWarnings() throws IOException {
        Path log = dir.resolve("quarkus-test.log");
        assertThat(NoBlockedEventLoop.warningsSince(log, 0)).isEmpty();

        Files.writeString(log, "INFO started\nWARN something else\n");
        assertThat(NoBlockedEventLoop.warningsSince(log, 0)).isEmpty();
    }
}
