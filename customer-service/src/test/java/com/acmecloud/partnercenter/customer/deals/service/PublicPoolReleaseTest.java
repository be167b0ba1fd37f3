package com.acmecloud.partnercenter.customer.deals.service;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.pool;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.register;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.statusOf;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 2: a no-account registration not converted in time goes to the public pool; an account's registration just
 * expires. Time moves with the TestClock and the test runs the job's work itself.
 */
@QuarkusTest
class PublicPoolReleaseTest {

    private static final Duration PAST_VALIDITY = Duration.ofDays(91);

    @Inject
    TestClock clock;

    @Inject
    DealRegistrationReleaseJob job;

    @Inject
    DealRegistrationRepository registrations;

    @Inject
    PoolProspectRepository poolProspects;

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnconvertedNoAccountRegistrationIsReleasedToThePoolWithAnEvent() throws Exception {
        String a = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(a, mobile);
        String accountRegistration = registerAccount(a, account(null, null, null, Instant.now()));

        clock.advance(Duration.ofDays(89));
        Tx.onContext(job::closeRunOut);
        assertThat(statusOf(a, registration)).isEqualTo("ACTIVE");

        clock.advance(Duration.ofDays(2));
        Tx.onContext(job::closeRunOut);
        assertThat(stored(registration).status).isEqualTo(DealRegistration.Status.RELEASED);
        assertThat(stored(accountRegistration).status).isEqualTo(DealRegistration.Status.EXPIRED);
        UUID prospectId = stored(registration).poolProspectId;
        assertThat(prospectId).isNotNull();
        assertThat(statusOf(a, registration)).isEqualTo("RELEASED");

        Map<String, Object> entry = poolEntry(prospectId);
        String national = mobile.substring(5);
        assertThat(entry).containsEntry("mobile_phone", national.substring(0, 3) + "****" + national.substring(7))
                .containsEntry("company_name", "Prospect Ltd");
        assertThat(pool(a, Map.of()).extract().asString()).doesNotContain(national);

        try (TopicReader reader = new TopicReader("customer.events")) {
            List<JsonNode> events = new ArrayList<>();
            for (var record : reader.await(r -> a.equals(r.key()) && r.value().contains("deal_registration_"), 2,
                    Duration.ofSeconds(30))) {
                events.add(mapper.readTree(record.value()));
            }
            JsonNode released = events.stream()
                    .filter(e -> e.get("type").asText().equals("customer.deal_registration_released.v1"))
                    .findFirst().orElseThrow();
            assertThat(released.get("subject").asText()).isEqualTo(registration);
            assertThat(released.get("data").get("pool_prospect_id").asText()).isEqualTo(prospectId.toString());
            assertThat(released.get("data").get("closed_by").asText()).isEqualTo("deal-registration-release");
            assertThat(events).anySatisfy(e -> assertThat(e.get("type").asText())
                    .isEqualTo("customer.deal_registration_expired.v1"));
        }
    }

    @Test
    void anyPartnerCanRegisterAPooledProspectOnceWhichTakesItOutOfThePool() {
        String a = registeredPartner();
        String b = registeredPartner();
        String c = registeredPartner();
        String mobile = newMobile();
        String first = registerMobile(a, mobile);
        clock.advance(PAST_VALIDITY);
        Tx.onContext(job::closeRunOut);
        UUID prospectId = Tx.call(() -> registrations.findById(UUID.fromString(first))
                .map(registration -> registration.poolProspectId));

        String taken = as(Tokens.partner(b)).body(body("remark", "from the pool"))
                .post("/v2/partners/public-pool/" + prospectId + "/register").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("mobile_phone", equalTo(mobile))
                .body("pool_prospect_id", equalTo(prospectId.toString()))
                .extract().path("registration_id");

        assertThat(Tx.call(() -> poolProspects.findById(prospectId)).takenByRegistration)
                .hasToString(taken);
        assertThat(pool(c, body("limit", 100)).extract().<List<String>>path("prospects.prospect_id"))
                .doesNotContain(prospectId.toString());
        assertCbcError("taken already", as(Tokens.partner(c)).post("/v2/partners/public-pool/" + prospectId
                + "/register").then().extract().response(), 404, "CBC.91005021");
        assertCbcError("held by B now", register(c, body("mobile_phone", mobile)).extract().response(), 400,
                "CBC.99000051");
    }

    @Test
    void registeringAPooledContactDirectlyAlsoTakesItOutOfThePool() {
        String mobile = newMobile();
        String first = registerMobile(registeredPartner(), mobile);
        clock.advance(PAST_VALIDITY);
        Tx.onContext(job::closeRunOut);

        String again = registerMobile(registeredPartner(), mobile);

        PoolProspect prospect = Tx.call(() -> registrations.findById(UUID.fromString(first))
                .chain(registration -> poolProspects.findById(registration.poolProspectId)));
        assertThat(prospect.isOpen()).isFalse();
        assertThat(prospect.takenByRegistration).hasToString(again);
    }

    @Test
    void aRegistrationPastItsExpiryNoLongerBlocksOthersEvenBeforeTheJobRuns() {
        String a = registeredPartner();
        String mobile = newMobile();
        String first = registerMobile(a, mobile);
        clock.advance(PAST_VALIDITY);

        registerMobile(registeredPartner(), mobile);

        assertThat(stored(first).status).isEqualTo(DealRegistration.Status.RELEASED);
    }

    @Test
    void concurrentJobsCloseEachRegistrationExactlyOnce() throws Exception {
        String a = registeredPartner();
        for (int i = 0; i < 12; i++) {
            registerMobile(a, newMobile());
        }
        clock.advance(PAST_VALIDITY);
        long due = Tx.call(() -> registrations.count(
                "status = ?1 and expiresAt <= ?2", DealRegistration.Status.ACTIVE, clock.instant()));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Tx.onContext(job::closeRunOut);
            }));
        }
        start.countDown();
        int closed = 0;
        for (CompletableFuture<Integer> run : jobs) {
            closed += run.get();
        }

        assertThat((long) closed).isEqualTo(due);
        assertThat(Tx.call(() -> registrations.count("partnerId = ?1 and status = ?2",
                a, DealRegistration.Status.RELEASED))).isEqualTo(12);
        assertThat(Tx.call(() -> poolProspects.count(
                "releasedFrom in (select r.registrationId from DealRegistration r where r.partnerId = ?1)", a)))
                .isEqualTo(12);
    }

    private DealRegistration stored(String registrationId) {
        return Tx.call(() -> registrations.findById(UUID.fromString(registrationId)));
    }

    private Map<String, Object> poolEntry(UUID prospectId) {
        int offset = 0;
        while (true) {
            var page = pool(registeredPartner(), body("offset", offset, "limit", 100)).statusCode(200).extract();
            List<Map<String, Object>> prospects = page.path("prospects");
            for (Map<String, Object> prospect : prospects) {
                if (prospectId.toString().equals(prospect.get("prospect_id"))) {
                    return prospect;
                }
            }
            if (prospects.size() < 100) {
                throw new AssertionError("not in the pool: " + prospectId);
            }
            offset += 100;
        }
    }
}
