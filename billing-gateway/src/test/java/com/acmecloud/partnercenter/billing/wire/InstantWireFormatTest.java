package com.acmecloud.partnercenter.billing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application's own JSON mapper (the one every answer goes through) writes instants as Huawei does, in whole
 * seconds UTC, whatever precision the database kept: platform-api's WireFormatCustomizer must win over the Java time
 * module Quarkus registers.
 */
@QuarkusTest
class InstantWireFormatTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void instantsAreWrittenInWholeSecondsUtc() throws Exception {
        Instant stored = Instant.parse("2026-01-02T03:04:05.123456Z");
        assertThat(mapper.writeValueAsString(Map.of("created_at", stored)))
                .isEqualTo("{\"created_at\":\"2026-01-02T03:04:05Z\"}");
    }
}
