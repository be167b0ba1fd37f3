package com.acmecloud.partnercenter.customer.partners.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.statusChanged;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.partners.config.RegisteredPartnersConfig;
import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registered-partner gate remembers a partner it has seen registered for the configured time instead of reading
 * the projection on every request — and that memory never loosens what the projection decides: rule 24 reads the
 * partner's status as it is, and nothing stale is served beyond the bound.
 */
@QuarkusTest
class RegisteredPartnerMemoryTest {

    @Inject
    TestClock clock;

    @Inject
    RegisteredPartnersConfig config;

    @Inject
    PartnerProjectionRepository projections;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPartnerSeenRegisteredIsServedWithoutReadingTheProjectionUntilTheBoundRunsOut() {
        assertThat(config.cacheTtl()).isEqualTo(Duration.ofMinutes(10));
        String partner = registeredPartner();
        query(partner, Map.of()).statusCode(200); // seen registered: remembered

        // the projection row removed by hand: the gate does not read it again within the bound ...
        Tx.run(() -> projections.deleteById(partner));
        clock.advance(config.cacheTtl().minusSeconds(1));
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));

        // ... and reads it again once the bound has passed
        clock.advance(Duration.ofSeconds(2));
        assertCbcError("after the bound", query(partner, Map.of()).extract().response(), 403, "CBC.5001");
    }

    @Test
    void aPartnerRestrictedAfterTheGateRememberedItIsRefusedAssociationsAtOnceRule24() {
        String partner = registeredPartner();
        create(partner, customer()).statusCode(200); // the gate remembers it; associating is allowed

        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);

        // no waiting for the gate's memory to run out: rule 24 reads the status as it is now
        assertCbcError("create while restricted", create(partner, customer()).extract().response(), 400,
                "CBC.50010085");
        query(partner, Map.of()).statusCode(200).body("count", equalTo(1));
    }

    @Test
    void aRefusalIsNotRememberedTheRegistrationIsServedOnTheNextRequest() {
        String partner = Tokens.newPartnerId();
        assertCbcError("before the registration", query(partner, Map.of()).extract().response(), 403, "CBC.5001");
        register(partner, PLATFORM);
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
    }
}
