package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.CustomerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent creates of one identity: one wins, the others get the catalogued refusal, never a 5xx. */
@QuarkusTest
class SubCustomerRaceTest {

    @Test
    void concurrentCreatesWithOneXaccountIdCreateOneCustomer() throws Exception {
        String partner = registeredPartner();
        Map<String, Object> body = customer();
        String token = Tokens.partner(partner);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Response> responses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> CustomerTestApi.as(token).body(body).post("/v2/partners/sub-customers"));
            }
            for (Future<Response> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.jsonPath().getString("error_code")).isEqualTo("CBC.99000039");
                });
    }
}
