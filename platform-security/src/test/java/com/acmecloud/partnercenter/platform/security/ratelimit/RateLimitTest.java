package com.acmecloud.partnercenter.platform.security.ratelimit;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 64 on its own: limits per API with the configured exceptions, the 429 answer and its headers, and a limit
 * that holds when requests arrive at once. Limits here are 3 per hour by default and 1 for {@code strict}, so no
 * token comes back during a test; every test starts with full buckets. The caller is anonymous (no OIDC in this
 * module), i.e. the client address.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    Pool pool;

    @BeforeEach
    void fullBuckets() {
        Tx.onContext(() -> pool.query("DELETE FROM rate_limit_bucket").execute());
    }

    @Test
    void requestsUpToTheLimitPassAndCountDownInTheHeaders() {
        List<Response> answers = IntStream.range(0, 3).mapToObj(i -> get("default")).toList();

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200, 200);
        assertThat(answers).extracting(answer -> answer.header("RateLimit-Remaining")).containsExactly("2", "1", "0");
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(Long.parseLong(answer.header("RateLimit-Reset"))).isPositive();
        });
    }

    @Test
    void theRequestOverTheLimitGets429WithRetryAfter() {
        IntStream.range(0, 3).forEach(i -> get("default"));

        Response refused = get("default");

        assertCbcError("fourth request of a limit of 3", refused, 429, "CBC.0250");
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        // one token comes back every 20 minutes at 3 per hour
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1_100L, 1_200L);
    }

    @Test
    void eachApiHasItsOwnBucketAndItsConfiguredLimit() {
        assertThat(get("strict").statusCode()).isEqualTo(200);
        assertCbcError("second request of a limit of 1", get("strict"), 429, "CBC.0250");

        Response otherApi = get("default");
        assertThat(otherApi.statusCode()).isEqualTo(200);
        assertThat(otherApi.header("RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void requestsArrivingAtOnceGetExactlyTheLimit() {
        List<CompletableFuture<Integer>> burst = IntStream.range(0, 20)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> get("default").statusCode()))
                .toList();

        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(17);
    }

    private static Response get(String api) {
        return given().get("/rate-limited/" + api);
    }
}
