package com.acmecloud.partnercenter.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.gateway.proxy.Upstreams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The gateway answers {@code /openapi.json} itself, with the merged document; no upstream sees the request. */
@QuarkusTest
@QuarkusTestResource(Upstreams.class)
class MergedOpenApiRouteTest {

    @TestHTTPResource("/openapi.json")
    URI document;

    @Test
    void theOneEndpointServesTheMergedDocument() throws Exception {
        Upstreams.RECEIVED.clear();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject merged = new JsonObject(response.body());
        assertThat(merged.getJsonObject("info").getString("title")).isEqualTo(MergedOpenApi.TITLE);
        assertThat(merged.getJsonObject("paths").getJsonObject("/v2/partners/sub-customers").getJsonObject("post")
                .getString("operationId")).isEqualTo("CreateSubCustomer");
        assertThat(merged.getJsonObject("paths").containsKey("/v2/operations/outbox/parked-events")).isFalse();
        assertThat(Upstreams.RECEIVED).isEmpty();
    }
}
