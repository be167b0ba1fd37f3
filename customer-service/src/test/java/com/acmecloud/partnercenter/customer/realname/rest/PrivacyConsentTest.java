package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.CUSTOMER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.PARTNER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.newCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.recordConsent;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitEnterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.realname.repository.PrivacyConsentRepository;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 16: no customer information is uploaded before the customer's consent is recorded, with time and version. */
@QuarkusTest
class PrivacyConsentTest {

    @Inject
    TestClock clock;

    @Inject
    PrivacyConsentRepository consents;

    @Test
    void realNameIsRefusedUntilTheCustomerConsents() {
        String partner = enabledPartner();
        String customer = newCustomer(partner);
        submitIndividual(partner, individual(customer)).statusCode(400).body("error_code", equalTo("CBC.91005030"));
        submitEnterprise(partner, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.91005030"));

        as(Tokens.customer(customer)).body(Map.of("text_version", "2026.2")).post(CUSTOMER_CONSENTS).then()
                .statusCode(201)
                .body("customer_id", equalTo(customer))
                .body("text_version", equalTo("2026.2"))
                .body("recorded_via", equalTo("CUSTOMER"))
                .body("recorded_by", equalTo("customer-" + customer));
        submitIndividual(partner, individual(customer)).statusCode(200);
    }

    @Test
    void aPartnerRecordsTheConsentItCollectedWithItsTime() {
        String partner = enabledPartner();
        String customer = newCustomer(partner);
        String consentedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        as(Tokens.partner(partner)).body(Map.of("customer_id", customer, "text_version", "v3", "consented_at", consentedAt))
                .post(PARTNER_CONSENTS).then().statusCode(201)
                .body("consented_at", equalTo(consentedAt))
                .body("recorded_via", equalTo("PARTNER"))
                .body("recorded_by", equalTo("user-" + partner));
        submitIndividual(partner, individual(customer)).statusCode(200);

        as(Tokens.partner(partner)).queryParam("customer_id", customer).get(PARTNER_CONSENTS).then().statusCode(200)
                .body("total_count", equalTo(1)).body("privacy_consents[0].text_version", equalTo("v3"));
    }

    @Test
    void aConsentCannotBeDatedInTheFutureOrMalformed() {
        String partner = enabledPartner();
        String customer = newCustomer(partner);
        String future = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS).toString();
        as(Tokens.partner(partner)).body(Map.of("customer_id", customer, "text_version", "v3", "consented_at", future))
                .post(PARTNER_CONSENTS).then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("consented_at"));
        as(Tokens.partner(partner)).body(Map.of("customer_id", customer, "text_version", "v3", "consented_at", "2026-01-01"))
                .post(PARTNER_CONSENTS).then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("consented_at"));
        // the service's clock decides what "future" means
        clock.advance(Duration.ofMinutes(10));
        try {
            as(Tokens.partner(partner)).body(Map.of("customer_id", customer, "text_version", "v3", "consented_at", future))
                    .post(PARTNER_CONSENTS).then().statusCode(201);
        } finally {
            clock.reset();
        }
        as(Tokens.partner(partner)).queryParam("customer_id", customer).get(PARTNER_CONSENTS).then()
                .body("total_count", equalTo(1));
    }

    @Test
    void consentsAreAppendOnlyAndListedNewestFirst() {
        String partner = enabledPartner();
        String customer = newCustomer(partner);
        recordConsent(partner, customer).statusCode(201);
        clock.advance(Duration.ofSeconds(5));
        try {
            as(Tokens.customer(customer)).body(Map.of("text_version", "2026-02")).post(CUSTOMER_CONSENTS).then()
                    .statusCode(201);
        } finally {
            clock.reset();
        }
        as(Tokens.customer(customer)).get(CUSTOMER_CONSENTS).then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("privacy_consents.recorded_via", contains("CUSTOMER", "PARTNER"))
                .body("privacy_consents.text_version", contains("2026-02", "2026-01"));

        assertThatThrownBy(() -> Tx.run(() -> consents.getSession().chain(session -> session
                .createNativeQuery("UPDATE privacy_consent SET text_version = 'forged' WHERE customer_id = :c")
                .setParameter("c", customer).executeUpdate())))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Tx.run(() -> consents.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM privacy_consent WHERE customer_id = :c")
                .setParameter("c", customer).executeUpdate())))
                .hasStackTraceContaining("append-only");
        int kept = Tx.call(() -> consents.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM privacy_consent WHERE customer_id = :c AND text_version <> 'forged'")
                .setParameter("c", customer).getSingleResult())
                .map(count -> ((Number) count).intValue()));
        assertThat(kept).isEqualTo(2);
    }

    @Test
    void aCustomerTokenMustNameAKnownCustomerAccount() {
        as(Tokens.customerWithoutAccount("person-" + Tokens.newPartnerId())).body(Map.of("text_version", "v1"))
                .post(CUSTOMER_CONSENTS).then().statusCode(404).body("error_code", equalTo("CBC.91005002"));
        as(Tokens.customer("unknown-" + Tokens.newPartnerId())).body(Map.of("text_version", "v1"))
                .post(CUSTOMER_CONSENTS).then().statusCode(404).body("error_code", equalTo("CBC.91005002"));
        as(Tokens.customer("unknown-" + Tokens.newPartnerId())).get(CUSTOMER_CONSENTS).then().statusCode(404)
                .body("error_code", equalTo("CBC.91005002"));
    }
}
