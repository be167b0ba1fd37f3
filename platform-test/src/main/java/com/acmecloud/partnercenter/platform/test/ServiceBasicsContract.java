package com.acmecloud.partnercenter.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service answers from its first day: it reports healthy, and unknown paths get the suite's
 * CBC error body with a request id. A service's test extends this and adds {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

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

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).body("openapi", notNullValue());
    }
}
