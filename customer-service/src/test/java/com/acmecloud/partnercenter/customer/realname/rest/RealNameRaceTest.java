package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.RealNameTestApi.INDIVIDUAL;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuthId;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.CustomerTestApi;
import com.acmecloud.partnercenter.customer.realname.repository.RealNameAuthRepository;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rule 53 under concurrency: simultaneous submissions for one customer — one wins, the others get CBC.99007188. */
@QuarkusTest
class RealNameRaceTest {

    @Inject
    RealNameAuthRepository auths;

    @Test
    void concurrentSubmissionsForOneCustomerCreateOneReview() throws Exception {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        String token = Tokens.partner(partner);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Response> responses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                // different bodies: an Idempotency-Key could not merge them
                calls.add(() -> CustomerTestApi.as(token).body(individual(customer)).post(INDIVIDUAL));
            }
            for (Future<Response> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).hasSize(3).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.jsonPath().getString("error_code")).isEqualTo("CBC.99007188");
        });
        assertThat(Tx.call(() -> auths.attempts(customer))).isEqualTo(1);
        assertThat(latestAuthId(customer)).isNotBlank();
    }
}
