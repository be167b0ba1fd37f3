package com.acmecloud.partnercenter.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A replayed Idempotency-Key creates nothing new; a reused key with another body is refused. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExpiredKeyIsForgotten() {
        String partnerId = Tokens.newPartnerId();
        String key = UUID.randomUUID().toString();
        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("exp-" + partnerId)).post("/v2/partners/registrations")
                .then().statusCode(201);

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        // another body under the same key is no longer a reuse: the request runs (and meets the real rule)
        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("exp2-" + partnerId)).post("/v2/partners/registrations")
                .then().statusCode(400).body("error_code", equalTo("CBC.91001002"));
    }

    @Test
    void sameKeySameBodyReplaysTheFirstAnswerAndCreatesNothingNew() throws Exception {
        String partnerId = Tokens.newPartnerId();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = PartnerTestApi.registration("idem-" + partnerId);

        Response first = PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key).body(body)
                .post("/v2/partners/registrations");
        Response replay = PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key).body(body)
                .post("/v2/partners/registrations");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(count("SELECT count(*) FROM partner WHERE partner_id = ?", partnerId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE partition_key = ? AND event_type = 'partner.registered.v1'",
                partnerId)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String partnerId = Tokens.newPartnerId();
        String key = UUID.randomUUID().toString();
        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("a-" + partnerId)).post("/v2/partners/registrations")
                .then().statusCode(201);

        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("b-" + partnerId)).post("/v2/partners/registrations")
                .then().statusCode(400).body("error_code", equalTo("CBC.99007009"));
    }

    @Test
    void aFailedRequestKeepsNothingSoTheKeyCanBeRetried() throws Exception {
        String partnerId = Tokens.newPartnerId();
        String key = UUID.randomUUID().toString();
        PartnerTestApi.register(partnerId).statusCode(201);

        // rule 1 refuses the application: nothing is stored under the key
        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .body(Map.of("program", "SOLUTION_PROVIDER"))
                .post("/v2/partners/{id}/program-applications", partnerId)
                .then().statusCode(400).body("error_code", equalTo("CBC.91001010"));
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE partner_id = ?", partnerId)).isZero();
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOnePartner() throws Exception {
        String partnerId = Tokens.newPartnerId();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = PartnerTestApi.registration("race-" + partnerId);
        String token = Tokens.partner(partnerId);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> PartnerTestApi.as(token).header("Idempotency-Key", key).body(body)
                        .post("/v2/partners/registrations").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM partner WHERE partner_id = ?", partnerId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE partition_key = ?", partnerId)).isEqualTo(1);
    }

    @Test
    void keysArePerPartner() {
        String key = UUID.randomUUID().toString();
        String first = Tokens.newPartnerId();
        String second = Tokens.newPartnerId();
        PartnerTestApi.as(Tokens.partner(first)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("k1-" + first)).post("/v2/partners/registrations")
                .then().statusCode(201).body("partner_id", equalTo(first));
        PartnerTestApi.as(Tokens.partner(second)).header("Idempotency-Key", key)
                .body(PartnerTestApi.registration("k2-" + second)).post("/v2/partners/registrations")
                .then().statusCode(201).body("partner_id", equalTo(second));
    }

    private static long count(String sql, String parameter) {
        return Tx.call(() -> Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, parameter)
                .getSingleResult()
                .map(count -> ((Number) count).longValue())));
    }
}
