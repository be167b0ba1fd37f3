package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is stopped: reads and writes answer 503 CBC.91000006 with Retry-After (the ERP retries), not
 * 500 CBC.0999 (a bug); once the database is back the same requests succeed.
 */
@QuarkusTest
class DatabaseOutageTest {

    /**
     * The database is back and so is readiness, before the next test class of this application runs: the JDBC pool
     * (Flyway's, read by the datasource health check) may still hold a connection from before the restart, which
     * fails one probe and is replaced.
     */
    @AfterEach
    void databaseBack() {
        PostgresResource.startPostgres();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void requestsWhileTheDatabaseIsDownAre503RetryableAndSucceedOnceItIsBack() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String newcomer = Tokens.newPartnerId();

        PostgresResource.stopPostgres();

        Response write = given().auth().oauth2(Tokens.partner(newcomer)).contentType(ContentType.JSON)
                .body(PartnerTestApi.registration("x-" + newcomer)).post("/v2/partners/registrations");
        CbcAssertions.assertCbcError("registration without a database", write, 503, "CBC.91000006");
        assertThat(write.header("Retry-After")).isEqualTo("5");
        Response read = given().auth().oauth2(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId);
        CbcAssertions.assertCbcError("read without a database", read, 503, "CBC.91000006");
        assertThat(read.header("Retry-After")).isEqualTo("5");

        PostgresResource.startPostgres();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                PartnerTestApi.register(newcomer).statusCode(201));
        given().auth().oauth2(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId).then().statusCode(200);
    }
}
