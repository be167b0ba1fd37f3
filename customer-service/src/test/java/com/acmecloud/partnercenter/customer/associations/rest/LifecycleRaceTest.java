package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.confirm;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.disassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.historyOf;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.leave;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.reject;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitch;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.LifecycleTestApi;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationChangeRequestRepository;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent changes to one customer's association: exactly one wins, the others get the catalogued refusal. */
@QuarkusTest
class LifecycleRaceTest {

    @Inject
    AssociationChangeRequestRepository requests;

    private static List<ValidatableResponse> concurrently(List<Callable<ValidatableResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<ValidatableResponse> responses = new ArrayList<>();
            for (Future<ValidatableResponse> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> codes(List<ValidatableResponse> responses) {
        return responses.stream().map(r -> {
            int status = r.extract().statusCode();
            return status == 200 ? "200" : status + " " + r.extract().path("error_code");
        }).toList();
    }

    @Test
    void concurrentDecisionsOnOneRequestLetExactlyOneWin() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String requestId = requestSwitchOk(partner, customer, "1");

        List<ValidatableResponse> responses = concurrently(List.of(
                () -> confirm(customer, requestId), () -> confirm(customer, requestId),
                () -> reject(customer, requestId), () -> confirm(customer, requestId),
                () -> LifecycleTestApi.cancel(partner, customer, requestId), () -> reject(customer, requestId)));

        assertThat(codes(responses)).containsOnlyOnce("200").filteredOn(c -> !c.equals("200"))
                .containsOnly("400 CBC.91005053");
        assertThat(historyOf(customer).stream().filter(r -> r.action == Action.TYPE_SWITCHED).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void concurrentDisassociationsByBothSidesEndTheAssociationOnce() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);

        List<ValidatableResponse> responses = concurrently(List.of(
                () -> leave(customer), () -> disassociate(partner, customer), () -> leave(customer),
                () -> disassociate(partner, customer), () -> leave(customer), () -> disassociate(partner, customer)));

        assertThat(codes(responses)).containsOnlyOnce("200").filteredOn(c -> !c.equals("200"))
                .containsOnly("400 CBC.91005058", "400 CBC.99000035");
        assertThat(historyOf(customer)).filteredOn(r -> r.action == Action.DISASSOCIATED).hasSize(1);
    }

    @Test
    void concurrentSwitchRequestsCreateOnePendingRequest() throws Exception {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);

        List<ValidatableResponse> responses = concurrently(List.of(
                () -> requestSwitch(partner, customer, "1"), () -> requestSwitch(partner, customer, "1"),
                () -> requestSwitch(partner, customer, "1"), () -> requestSwitch(partner, customer, "1")));

        assertThat(codes(responses)).containsOnlyOnce("200").filteredOn(c -> !c.equals("200"))
                .containsOnly("400 CBC.91005052");
        assertThat(Tx.call(() -> requests.count("customerId", customer))).isEqualTo(1);
    }
}
