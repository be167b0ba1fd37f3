package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newEmail;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.queryRegistrations;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.register;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.statusOf;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.withdraw;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Registering prospects (报备): exclusive rights while ACTIVE, refusals, withdrawal, races, tenant isolation. */
@QuarkusTest
class DealRegistrationTest {

    @Test
    void aNoAccountRegistrationIsActiveForTheConfiguredValidity() {
        String partner = registeredPartner();
        String mobile = newMobile();
        var response = register(partner, body("mobile_phone", mobile.substring(5), "email", "Li.Lei@Example.com",
                "company_name", "Prospect Ltd")).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("partner_id", equalTo(partner))
                .body("customer_id", nullValue())
                .body("mobile_phone", equalTo(mobile))
                .body("email", equalTo("li.lei@example.com"))
                .body("registered_by", equalTo("user-" + partner))
                .extract();
        Instant registeredAt = Instant.parse(response.path("registered_at"));
        Instant expiresAt = Instant.parse(response.path("expires_at"));
        assertThat(Duration.between(registeredAt, expiresAt)).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void whileActiveNoOtherPartnerCanRegisterTheSameProspect() {
        String a = registeredPartner();
        String b = registeredPartner();
        String mobile = newMobile();
        String email = newEmail();
        register(a, body("mobile_phone", mobile, "email", email)).statusCode(200);

        assertCbcError("same mobile", register(b, body("mobile_phone", mobile)).extract().response(), 400,
                "CBC.99000051");
        assertCbcError("same e-mail in another case",
                register(b, body("email", email.toUpperCase(Locale.ROOT))).extract().response(), 400, "CBC.99000051");
        assertCbcError("the holder again", register(a, body("mobile_phone", mobile)).extract().response(), 400,
                "CBC.91005011");
        queryRegistrations(b, body()).statusCode(200).body("total_count", equalTo(0));
    }

    @Test
    void anAccountIsRegisteredByIdAndOnlyWhileNoPartnerHasIt() {
        String a = registeredPartner();
        String b = registeredPartner();
        String free = account(newMobile(), null, null, Instant.now());
        String ofB = account(null, null, b, Instant.now());

        register(a, body("customer_id", free)).statusCode(200).body("customer_id", equalTo(free))
                .body("mobile_phone", nullValue());
        assertCbcError("held by A", register(b, body("customer_id", free)).extract().response(), 400, "CBC.99000051");
        assertCbcError("associated with B", register(a, body("customer_id", ofB)).extract().response(), 400,
                "CBC.91005012");
        assertCbcError("B's own customer", register(b, body("customer_id", ofB)).extract().response(), 400,
                "CBC.91005013");
        assertCbcError("unknown account", register(a, body("customer_id", "no-such-account")).extract().response(),
                400, "CBC.99000047");
    }

    @Test
    void aContactThatHasAnAccountMustBeRegisteredByTheAccount() {
        String mobile = newMobile();
        String email = newEmail();
        account(mobile, email, null, Instant.now());

        assertCbcError("mobile of an account", register(registeredPartner(), body("mobile_phone", mobile))
                .extract().response(), 400, "CBC.91005014");
        assertCbcError("e-mail of an account", register(registeredPartner(), body("email", email))
                .extract().response(), 400, "CBC.91005014");
    }

    @Test
    void checkIdentityKnowsTheEMailOfASignedUpAccountWhateverItsCase() {
        String email = newEmail();
        String partner = registeredPartner();
        as(Tokens.partner(partner)).body(Map.of("search_type", "email", "search_value", email))
                .post("/v2/partners/sub-customers/users/check-identity").then().statusCode(200)
                .body("check_result", equalTo("available"));
        account(null, email, null, Instant.now());

        as(Tokens.partner(partner)).body(Map.of("search_type", "email",
                        "search_value", email.toUpperCase(Locale.ROOT)))
                .post("/v2/partners/sub-customers/users/check-identity").then().statusCode(200)
                .body("check_result", equalTo("used_by_user"));
    }

    @Test
    void aWithdrawnRegistrationFreesTheProspect() {
        String a = registeredPartner();
        String b = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(a, mobile);

        withdraw(a, registration).statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertCbcError("withdrawn twice", withdraw(a, registration).extract().response(), 400, "CBC.91005015");
        registerMobile(b, mobile);
        assertThat(statusOf(a, registration)).isEqualTo("WITHDRAWN");
    }

    @Test
    void ofConcurrentRegistrationsOfOneProspectExactlyOneWins() throws Exception {
        String mobile = newMobile();
        int partners = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(partners);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < partners; i++) {
                String partner = registeredPartner();
                String token = Tokens.partner(partner);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return as(token).body(body("mobile_phone", mobile)).post("/v2/partners/deal-registrations");
                }, pool));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (CompletableFuture<Response> call : calls) {
                responses.add(call.get());
            }
            assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            responses.stream().filter(r -> r.statusCode() != 200)
                    .forEach(r -> assertCbcError("lost the race", r, 400, "CBC.99000051"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPartnerNeitherSeesNorWithdrawsAnotherPartnersRegistration() {
        String a = registeredPartner();
        String b = registeredPartner();
        String registration = registerMobile(a, newMobile());

        queryRegistrations(b, body("registration_id", registration)).statusCode(200).body("total_count", equalTo(0));
        assertCbcError("withdraw another's", withdraw(b, registration).extract().response(), 404, "CBC.91005010");
        assertCbcError("withdraw as if a reseller of it",
                as(Tokens.partner(b)).body(body("indirect_partner_id", a))
                        .post("/v2/partners/deal-registrations/" + registration + "/withdraw").then().extract()
                        .response(), 400, "CBC.99000037");
        assertThat(statusOf(a, registration)).isEqualTo("ACTIVE");
        queryRegistrations(a, body()).statusCode(200).body("total_count", equalTo(1))
                .body("deal_registrations[0].registration_id", equalTo(registration));
    }

    @Test
    void aDistributorRegistersForItsResellerOnly() {
        String[] pair = com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller();
        String mobile = newMobile();
        assertCbcError("a distributor for itself", register(pair[0], body("mobile_phone", mobile)).extract()
                .response(), 400, "CBC.50010059");
        register(pair[0], body("mobile_phone", mobile, "indirect_partner_id", pair[1])).statusCode(200)
                .body("partner_id", equalTo(pair[1])).body("indirect_partner_id", equalTo(pair[0]));
        queryRegistrations(pair[0], body("indirect_partner_id", pair[1])).statusCode(200)
                .body("total_count", equalTo(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
