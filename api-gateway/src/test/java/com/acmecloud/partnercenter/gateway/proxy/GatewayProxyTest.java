package com.acmecloud.partnercenter.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway in front of two real upstream servers (Upstreams): each request reaches the service that owns its path
 * with method, path, query, headers and body intact; unknown paths and unreachable services get the CBC body.
 */
@QuarkusTest
@QuarkusTestResource(Upstreams.class)
class GatewayProxyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void forget() {
        Upstreams.RECEIVED.clear();
    }

    @Test
    void aHuaweiPathOfPartnerServiceReachesItWithEverythingIntact() throws Exception {
        String body = "{\"indirect_partner_id\":\"\",\"offset\":0,\"limit\":5}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(
                        "/v2/partners/indirect-partners/query?offset=10&limit=5&name=a%20b"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("Authorization", "Bearer eyJ.a.b")
                .header("X-Auth-Token", "token-123")
                .header("Idempotency-Key", "erp-42")
                .header("X-Sdk-Date", "20261202T101010Z")
                .header("X-Request-Id", "req-0123456789")
                .header("X-Custom", "kept")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Upstream")).contains("A");
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("server")).isEqualTo("A");
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("uri")).isEqualTo("/v2/partners/indirect-partners/query?offset=10&limit=5&name=a%20b");
        assertThat(echo.getString("body")).isEqualTo(body);
        JsonObject headers = echo.getJsonObject("headers");
        assertThat(headers.getString("content-type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(headers.getString("authorization")).isEqualTo("Bearer eyJ.a.b");
        assertThat(headers.getString("x-auth-token")).isEqualTo("token-123");
        assertThat(headers.getString("idempotency-key")).isEqualTo("erp-42");
        assertThat(headers.getString("x-sdk-date")).isEqualTo("20261202T101010Z");
        assertThat(headers.getString("x-request-id")).isEqualTo("req-0123456789");
        assertThat(headers.getString("x-custom")).isEqualTo("kept");
        assertThat(headers.getString("x-forwarded-for")).isEqualTo("127.0.0.1");
        assertThat(headers.getString("x-forwarded-proto")).isEqualTo("http");
        assertThat(headers.getString("x-forwarded-host")).isEqualTo(gateway.getAuthority());
        assertThat(headers.getString("x-forwarded-port")).isEqualTo(Integer.toString(gateway.getPort()));
    }

    @Test
    void aLiteralSegmentGoesToItsOwnerAndAParameterOneToTheOther() throws Exception {
        HttpResponse<String> customer = get("/v2/partners/sub-customers?offset=0&limit=10");
        HttpResponse<String> partner = get("/v2/partners/4f9c2d7e8a1b4c3d9e0f1a2b3c4d5e6f/indirect-partners");

        assertThat(new JsonObject(customer.body()).getString("server")).isEqualTo("B");
        assertThat(new JsonObject(customer.body()).getString("uri")).isEqualTo("/v2/partners/sub-customers?offset=0&limit=10");
        assertThat(new JsonObject(partner.body()).getString("server")).isEqualTo("A");
        assertThat(new JsonObject(partner.body()).getString("method")).isEqualTo("GET");
        // no X-Request-Id from the caller: the gateway gives one, so its log and the service's share it
        assertThat(new JsonObject(partner.body()).getJsonObject("headers").getString("x-request-id")).isNotBlank();
    }

    @Test
    void theGatewaysOwnPathsAreNotForwarded() throws Exception {
        assertThat(get("/q/metrics").statusCode()).isEqualTo(200);
        assertThat(get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(Upstreams.RECEIVED).isEmpty();
    }

    @Test
    void perServiceOperatorPathsAreNotPartOfTheOneEndpoint() throws Exception {
        HttpResponse<String> response = get("/v2/operations/outbox/parked-events");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new JsonObject(response.body()).getString("error_code")).isEqualTo("CBC.91000001");
        assertThat(Upstreams.RECEIVED).isEmpty();
    }

    @Test
    void aLargeBodyStreamsThroughUnchanged() throws Exception {
        byte[] large = new byte[8 * 1024 * 1024];
        new Random(12).nextBytes(large);
        Supplier<InputStream> chunked = () -> new java.io.ByteArrayInputStream(large);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(
                        "/v2/partners/4f9c2d7e8a1b4c3d9e0f1a2b3c4d5e6f/payment-agreements"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(chunked))
                .header("Content-Type", "application/octet-stream")
                .build(), HttpResponse.BodyHandlers.ofString());

        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("server")).isEqualTo("A");
        assertThat(echo.getLong("body_length")).isEqualTo(large.length);
        assertThat(echo.getString("body_sha256")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(large)));
    }

    @Test
    void anUnknownPathIsAnsweredByTheGatewayWithTheCbcNotFoundBody() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/v2/nothing/here?x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                .header("X-Request-Id", "req-unknown-path-1")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonObject error = new JsonObject(response.body());
        assertThat(error.getString("error_code")).isEqualTo("CBC.91000001");
        assertThat(error.getString("error_msg")).isNotBlank();
        assertThat(error.getString("request_id")).isEqualTo("req-unknown-path-1");
        assertThat(error.getJsonArray("details")).isEmpty();
        assertThat(response.body()).startsWith("{\"error_code\":");
        assertThat(Upstreams.RECEIVED).isEmpty();
    }

    @Test
    void anUnreachableServiceGives503WithARetryableCodeAndRetryAfter() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(
                        "/v2/accounts/partner-accounts/withdrawals"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1.00}"))
                .header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        JsonObject error = new JsonObject(response.body());
        assertThat(error.getString("error_code")).isEqualTo("CBC.91000006");
        assertThat(error.getString("request_id")).isNotBlank();
        assertThat(response.headers().firstValue("X-Request-Id")).contains(error.getString("request_id"));
    }

    @Test
    void aServiceSilentPastTheResponseTimeoutGives504WithARetryableCodeAndRetryAfter() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(
                        "/v2/partners/sub-customers/query?silent=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        JsonObject error = new JsonObject(response.body());
        assertThat(error.getString("error_code")).isEqualTo("CBC.91000006");
        assertThat(error.getString("error_msg")).contains("same Idempotency-Key");
    }

    @Test
    void theGatewayIsReadyWhenItCanRouteEvenWithAServiceDown() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = new JsonObject(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("routing");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(gateway.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
