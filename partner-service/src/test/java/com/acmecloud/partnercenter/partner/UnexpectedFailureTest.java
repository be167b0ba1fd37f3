package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A bug becomes 500 CBC.0999 with the request id, and nothing of the failure reaches the caller. */
@QuarkusTest
class UnexpectedFailureTest {

    @Test
    void unexpectedFailureIsA500WithoutInternals() {
        Response response = given().header("X-Request-Id", "trace-me-12345").get("/test-only/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.header("X-Request-Id")).isEqualTo("trace-me-12345");
        assertThat(response.jsonPath().getString("error_code")).isEqualTo("CBC.0999");
        assertThat(response.jsonPath().getString("request_id")).isEqualTo("trace-me-12345");
        assertThat(response.jsonPath().getString("error_msg")).contains("trace-me-12345");
        assertThat(response.asString()).doesNotContain("SELECT", "PSQLException", "IllegalStateException", "org.", "java.");
    }
}
