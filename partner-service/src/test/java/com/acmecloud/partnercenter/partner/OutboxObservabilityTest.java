package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Operators see the outbox: backlog gauges in Prometheus metrics and a wellness check (/q/health/well). Not a
 * readiness check: a lagging outbox means the broker is away, and the API keeps serving meanwhile.
 */
@QuarkusTest
class OutboxObservabilityTest {

    @Test
    void backlogIsExportedAndChecked() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_backlog_events"))
                .body(containsString("outbox_oldest_unsent_age_seconds"));
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem("kafka-broker"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("outbox")));
    }
}
