package com.acmecloud.partnercenter.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** The shape every refused request must have: the expected status and CBC code, a request id, nothing internal. */
public final class CbcAssertions {

    private CbcAssertions() {
    }

    public static void assertCbcError(String description, Response response, int status, String code) {
        assertThat(response.statusCode()).as(description).isEqualTo(status);
        assertThat(response.header("X-Request-Id")).as(description).isNotBlank();
        assertThat(response.contentType()).as(description).startsWith("application/json");
        assertThat(response.jsonPath().getString("error_code")).as(description).isEqualTo(code);
        assertThat(response.jsonPath().getString("error_msg")).as(description).isNotBlank();
        assertThat(response.jsonPath().getString("request_id")).as(description).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.asString()).as(description)
                .doesNotContain("java.", "Exception", "com.acmecloud", "org.", "SELECT", "\tat ");
    }
}
