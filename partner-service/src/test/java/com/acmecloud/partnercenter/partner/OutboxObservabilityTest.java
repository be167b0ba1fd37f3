package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Operators see the outbox: backlog gauges in Prometheus metrics and a readiness check. */
@QuarkusTest
class OutboxObservabilityTest {

    @Test
    void backlogIsExportedAndChecked() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_backlog_events"))
                .body(containsString("outbox_oldest_unsent_age_seconds"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("outbox"));
    }
}
