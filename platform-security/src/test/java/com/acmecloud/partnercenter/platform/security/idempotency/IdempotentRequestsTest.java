package com.acmecloud.partnercenter.platform.security.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on its own: one effect per key, replayed answers, a reused key refused, keys that expire. */
@QuarkusTest
class IdempotentRequestsTest {

    private static final String OPERATION = "POST /v2/things";

    @Inject
    IdempotentRequests idempotency;

    @Inject
    TestClock clock;

    @Inject
    IdempotencyConfig config;

    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerWithoutRunningAgain() {
        String partner = partner();
        Response first = execute("key-1", partner, Map.of("name", "a"));
        Response second = execute("key-1", partner, Map.of("name", "a"));

        assertThat(runs).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(second.getEntity()).isEqualTo("{\"run\":1}");
        assertThat(second.getHeaderString(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void twoIdenticalRequestsAtOnceRunOnceAndBothGetTheAnswer() {
        String partner = partner();
        List<CompletableFuture<Response>> requests = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> execute("key-1", partner, Map.of("name", "a"))))
                .toList();

        List<Response> responses = requests.stream().map(CompletableFuture::join).toList();

        assertThat(runs).hasValue(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.getStatus()).isEqualTo(201));
        assertThat(responses.stream().filter(r -> r.getHeaderString(IdempotentRequests.REPLAYED_HEADER) != null))
                .hasSize(5);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String partner = partner();
        execute("key-1", partner, Map.of("name", "a"));

        assertThatThrownBy(() -> execute("key-1", partner, Map.of("name", "b")))
                .isInstanceOfSatisfying(CbcException.class,
                        e -> assertThat(e.error()).isEqualTo(CbcError.IDEMPOTENCY_KEY_REUSED));
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysArePerPartner() {
        execute("key-1", partner(), Map.of("name", "a"));
        execute("key-1", partner(), Map.of("name", "a"));

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRequestStoresNothingSoTheKeyCanBeRetried() {
        String partner = partner();
        assertThatThrownBy(() -> await(() -> idempotency.execute("key-1", partner, OPERATION, Map.of("name", "a"),
                () -> Uni.createFrom().failure(new CbcException(CbcError.PARAMETER_ERROR)))))
                .isInstanceOf(CbcException.class);

        Response retry = execute("key-1", partner, Map.of("name", "a"));

        assertThat(retry.getHeaderString(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertThat(runs).hasValue(1);
    }

    @Test
    void anExpiredKeyRunsAgain() {
        String partner = partner();
        execute("key-1", partner, Map.of("name", "a"));
        clock.advance(config.retention().plus(Duration.ofMinutes(1)));

        Response again = execute("key-1", partner, Map.of("name", "b"));

        assertThat(again.getHeaderString(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aMalformedKeyIsAParameterError() {
        assertThatThrownBy(() -> execute("key with spaces", partner(), Map.of("name", "a")))
                .isInstanceOfSatisfying(CbcException.class,
                        e -> assertThat(e.error()).isEqualTo(CbcError.PARAMETER_ERROR));
        assertThat(runs).hasValue(0);
    }

    private Response execute(String key, String partner, Object body) {
        return await(() -> idempotency.execute(key, partner, OPERATION, body,
                () -> Uni.createFrom().item(() -> Response.status(201).entity(Map.of("run", runs.incrementAndGet())).build())));
    }

    private static Response await(Supplier<Uni<Response>> response) {
        return Tx.onContext(response);
    }

    private static String partner() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
