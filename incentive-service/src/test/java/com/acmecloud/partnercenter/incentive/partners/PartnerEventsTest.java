package com.acmecloud.partnercenter.incentive.partners;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.event;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.partnerRegistered;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publish;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publishRaw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.incentive.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.incentive.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * partner.events through the real broker: the registered-partner gate opens once partner.registered.v1 is applied,
 * the projection follows status and business information (payout blocking and the partner's tax rate, rules 58 and 60),
 * redelivery changes nothing, poison goes to the DLQ.
 */
@QuarkusTest
class PartnerEventsTest {

    @Inject
    PartnerProjectionRepository partners;

    private PartnerProjection awaitPartner(String partnerId, Predicate<PartnerProjection> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> partners.findById(partnerId)), row -> row != null && condition.test(row));
    }

    @Test
    void anUnknownPartnerIsRefusedUntilItsRegistrationArrives() {
        String partner = Tokens.newPartnerId();
        String token = Tokens.partner(partner);
        given().auth().oauth2(token).queryParam("month", "2026-10").get("/v2/partners/incentives/performance")
                .then().statusCode(403).body("error_code", equalTo("CBC.5001"));
        given().auth().oauth2(token).queryParam("time", "2026-10").get("/v2/products/incentive-discount-policies")
                .then().statusCode(403).body("error_code", equalTo("CBC.5001"));

        CloudEvent registered = partnerRegistered(partner);
        publish(PartnerEvents.TOPIC, partner, registered);
        publish(PartnerEvents.TOPIC, partner, registered); // redelivered
        awaitPartner(partner, p -> p.registered);
        given().auth().oauth2(token).queryParam("month", "2026-10").get("/v2/partners/incentives/performance")
                .then().statusCode(200).body("partner_id", equalTo(partner));
    }

    @Test
    void statusTestAccountProgramsAndBusinessInformationAreProjected() {
        String partner = Tokens.newPartnerId();
        publish(PartnerEvents.TOPIC, partner, partnerRegistered(partner));
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.PROGRAM_JOINED, "/partner-service", partner,
                new PartnerEvents.ProgramJoined(partner, "app-1", "SOLUTION_PROVIDER", 1, Instant.now())));
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.PARTNER_STATUS_CHANGED, "/partner-service", partner,
                new PartnerEvents.PartnerStatusChanged(partner, "RESTRICTED", "ACTIVE", "test", "operator-1",
                        Instant.now())));
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.PARTNER_TEST_ACCOUNT_CHANGED, "/partner-service",
                partner, new PartnerEvents.PartnerTestAccountChanged(partner, true, "test", "operator-1",
                        Instant.now())));
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.BUSINESS_INFORMATION_CHANGED, "/partner-service",
                partner, new PartnerEvents.BusinessInformationChanged(partner, "VERIFIED", false,
                        new PartnerEvents.VerifiedBusinessInformation("Example Co.", "Bank", "****1234", "Example Co.",
                                new BigDecimal("0.06"), Instant.now()), null, Instant.now())));
        PartnerProjection row = awaitPartner(partner, p -> "VERIFIED".equals(p.businessInfoStatus));
        assertThat(row.payoutBlocked).isFalse();
        assertThat(row.taxRate).isEqualByComparingTo("0.06");
        assertThat(row.programs()).containsExactly("SOLUTION_PROVIDER");
        assertThat(row.status.name()).isEqualTo("RESTRICTED");
        assertThat(row.testAccount).isTrue();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheEventsBehindItAreApplied() {
        String partner = Tokens.newPartnerId();
        try (TopicReader dlq = new TopicReader("partner.events.dlq")) {
            publishRaw(PartnerEvents.TOPIC, partner, "{not json");
            publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.PARTNER_STATUS_CHANGED, "/partner-service",
                    partner, new PartnerEvents.PartnerStatusChanged(partner, "SLEEPING", "ACTIVE", null, "x",
                            Instant.now())));
            publish(PartnerEvents.TOPIC, partner, partnerRegistered(partner));
            awaitPartner(partner, p -> p.registered);
            dlq.await(TopicReader.keyed(partner), 2, Duration.ofSeconds(30));
        }
    }
}
