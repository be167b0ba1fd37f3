package com.acmecloud.partnercenter.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service starts, reports healthy, and answers unknown paths with the suite's CBC error body. */
@QuarkusTest
class ServiceSkeletonTest {

    @Test
    void isHealthy() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownPathIsACbcNotFound() {
        given().when().get("/v2/no-such-thing")
                .then().statusCode(404)
                .header("X-Request-Id", notNullValue())
                .body("error_code", equalTo("CBC.91000001"))
                .body("request_id", notNullValue());
    }
}
