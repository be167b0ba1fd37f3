package com.acmecloud.partnercenter.incentive.performance;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.associated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.cash;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.consumption;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.event;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.newCustomerId;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.performance;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.publish;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.incentive.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of performance (rule 56): a distributor reads its linked cloud reseller's performance with
 * indirect_partner_id; another partner's id — unlinked, linked elsewhere, or unknown — is refused alike.
 */
@QuarkusTest
class DistributorPerformanceTest {

    @Inject
    PartnerProjectionRepository partners;

    @Test
    void onlyTheLinkedDistributorReadsAResellersPerformance() {
        String distributor = registeredPartner();
        String reseller = registeredPartner();
        String otherDistributor = registeredPartner();
        publish(PartnerEvents.TOPIC, reseller, event(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED, "/partner-service",
                reseller, new PartnerEvents.IndirectPartnerLinkAccepted(UUID.randomUUID().toString(), distributor,
                        reseller, "user-" + distributor, "user-" + reseller, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> Tx.call(() -> partners.findById(reseller)), row -> distributor.equals(row.distributorId));
        String customer = newCustomerId();
        associated(reseller, customer, 2, Instant.parse("2026-03-01T00:00:00Z"));
        publish(BillingEvents.TOPIC, reseller, consumption(reseller, customer, 2, "2026-03", false, null,
                List.of(cash(customer + "-1", Instant.parse("2026-03-05T00:00:00Z"), "33.00"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> performance(reseller, "2026-03"),
                p -> new BigDecimal(p.getString("total_amount")).compareTo(new BigDecimal("33.00")) == 0);

        given().auth().oauth2(Tokens.partner(distributor)).queryParam("month", "2026-03")
                .queryParam("indirect_partner_id", reseller).get("/v2/partners/incentives/performance")
                .then().statusCode(200).body("partner_id", equalTo(reseller))
                .body("total_amount", equalTo(33.0f));
        for (String[] caller : new String[][] {{otherDistributor, reseller}, {reseller, distributor},
                {distributor, Tokens.newPartnerId()}, {distributor, distributor}}) {
            given().auth().oauth2(Tokens.partner(caller[0])).queryParam("month", "2026-03")
                    .queryParam("indirect_partner_id", caller[1]).get("/v2/partners/incentives/performance")
                    .then().statusCode(400).body("error_code", equalTo("CBC.99000037"));
        }
    }
}
