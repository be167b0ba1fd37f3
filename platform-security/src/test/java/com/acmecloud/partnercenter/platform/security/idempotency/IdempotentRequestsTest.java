package com.acmecloud.partnercenter.platform.security.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tx;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    @Inject
    ObjectMapper mapper;

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

    @Test
    void theBodyIsStoredOnlyAsAnHmacUnderTheServerKey() throws Exception {
        String partner = partner();
        Map<String, String> body = Map.of("verified_number", "110101199003071234", "password", "Secret-Passw0rd");
        execute("key-1", partner, body);

        String stored = storedFingerprint(partner, "key-1");
        byte[] json = mapper.writeValueAsBytes(mapper.valueToTree(body));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("platform-security-test-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((OPERATION + "\0").getBytes(StandardCharsets.UTF_8));
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(mac.doFinal(json)));
        assertThat(stored).isNotEqualTo(unkeyedSha256(json));
        assertThat(stored).doesNotContain("110101199003071234");
    }

    @Test
    void aRecordStoredWithTheFormerUnkeyedFingerprintStillReplaysUntilItExpires() throws Exception {
        String partner = partner();
        Map<String, String> body = Map.of("name", "before-the-switch");
        String legacy = unkeyedSha256(mapper.writeValueAsBytes(mapper.valueToTree(body)));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Tx.run(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO idempotency_record (partner_id, idempotency_key, request_hash, status_code,
                                                        response_body, created_at, expires_at)
                        VALUES (:partner, 'key-1', :hash, 201, '{"run":0}', :now, :expires)""")
                .setParameter("partner", partner).setParameter("hash", legacy)
                .setParameter("now", now).setParameter("expires", now.plusHours(1))
                .executeUpdate()));

        Response replayed = execute("key-1", partner, body);

        assertThat(runs).hasValue(0);
        assertThat(replayed.getEntity()).isEqualTo("{\"run\":0}");
        assertThatThrownBy(() -> execute("key-1", partner, Map.of("name", "another body")))
                .isInstanceOfSatisfying(CbcException.class,
                        e -> assertThat(e.error()).isEqualTo(CbcError.IDEMPOTENCY_KEY_REUSED));
    }

    private static String storedFingerprint(String partner, String key) {
        return Tx.call(() -> Panache.getSession().chain(session -> session.<Object>createNativeQuery(
                        "SELECT request_hash FROM idempotency_record WHERE partner_id = :partner AND idempotency_key = :key")
                .setParameter("partner", partner).setParameter("key", key)
                .getSingleResult()
                .map(hash -> hash.toString().trim())));
    }

    private static String unkeyedSha256(byte[] json) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((OPERATION + "\0").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(json));
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
