package com.acmecloud.partnercenter.customer.partners.events;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publish;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.statusChanged;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for a few seconds while partner.events arrive: the consumer retries with backoff
 * instead of dead-lettering them, and once PostgreSQL is back each event is applied exactly once, in order.
 */
@QuarkusTest
class PartnerEventsRetryTest {

    @Inject
    PartnerProjectionRepository projections;

    @Test
    void eventsArrivingWhileThePostgresIsDownAreAppliedOnceItIsBack() {
        String partner = Tokens.newPartnerId();
        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);
        double retriesBefore = retries();

        String applicationId = UUID.randomUUID().toString();
        CloudEvent joined = partnerEvent(PartnerEvents.PROGRAM_JOINED, applicationId,
                new PartnerEvents.ProgramJoined(partner, applicationId, "SOLUTION_PROVIDER", 1, Instant.now()));
        CloudEvent active = partnerEvent(PartnerEvents.PARTNER_STATUS_CHANGED, partner,
                new PartnerEvents.PartnerStatusChanged(partner, "ACTIVE", "RESTRICTED", "lifted", "operator-1",
                        Instant.now()));
        PostgresResource.stopPostgres();
        try {
            publish(partner, joined);
            publish(partner, active);
            // PostgreSQL stays away for about five seconds: 0.5 + 1 + 2 + 2 s of backoff in the test profile
            await().atMost(Duration.ofSeconds(60)).until(() -> retries() >= retriesBefore + 4);
        } finally {
            PostgresResource.startPostgres();
        }

        PartnerProjection row = awaitProjection(partner,
                p -> p.status == PartnerStatus.ACTIVE && p.programs().contains("SOLUTION_PROVIDER"));
        assertThat(row.programs()).containsExactly("SOLUTION_PROVIDER");
        assertThat(timesProcessed(joined.id())).isEqualTo(1);
        assertThat(timesProcessed(active.id())).isEqualTo(1);
    }

    private long timesProcessed(String eventId) {
        return Tx.call(() -> projections.getSession().chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM processed_event WHERE consumer = 'customer-service' AND event_id = :id")
                        .setParameter("id", UUID.fromString(eventId)).getSingleResult())
                .map(count -> ((Number) count).longValue()));
    }

    private static double retries() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^events_consumer_retries_total\\{consumer=\"customer-service\"[^}]*} (\\S+)$")
                .matcher(body);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
