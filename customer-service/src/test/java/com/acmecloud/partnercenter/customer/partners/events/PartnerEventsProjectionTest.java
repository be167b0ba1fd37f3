package com.acmecloud.partnercenter.customer.partners.events;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.joined;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.linkEnded;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.linked;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publish;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publishRaw;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.statusChanged;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.unlinked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * partner.events in partner-service's exact format, sent through the real broker, change customer-service's
 * decisions (rules 23, 24); redelivery changes nothing; poison goes to partner.events.dlq.
 */
@QuarkusTest
class PartnerEventsProjectionTest {

    @Inject
    PartnerProjectionRepository projections;

    @Test
    void aRestrictedPartnerCannotCreateCustomersUntilItIsActiveAgain() {
        String partner = registeredPartner();
        create(partner, customer()).statusCode(200);

        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);
        create(partner, customer()).statusCode(400).body("error_code", equalTo("CBC.50010085"));

        statusChanged(partner, "ACTIVE", "RESTRICTED");
        awaitProjection(partner, p -> p.status == PartnerStatus.ACTIVE);
        create(partner, customer()).statusCode(200);

        statusChanged(partner, "EXITED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.EXITED);
        create(partner, customer()).statusCode(400).body("error_code", equalTo("CBC.91002005"));
    }

    @Test
    void aDistributorCreatesCustomersOnlyForItsLinkedResellers() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];

        create(distributor, customer()).statusCode(400).body("error_code", equalTo("CBC.50010059"));
        String domainId = create(distributor, customer("indirect_partner_id", reseller)).statusCode(200)
                .extract().path("domain_id");
        // the customer belongs to the reseller
        com.acmecloud.partnercenter.customer.CustomerTestApi.query(reseller, java.util.Map.of()).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(domainId));
        // the reseller itself creates its own customers
        create(reseller, customer()).statusCode(200);

        // the distributor reads the reseller's customers while the link lasts
        com.acmecloud.partnercenter.customer.CustomerTestApi.query(distributor,
                        java.util.Map.of("indirect_partner_id", reseller)).statusCode(200)
                .body("customer_infos.customer_id", org.hamcrest.Matchers.hasItem(domainId));

        // the reseller ends the link (indirect_partner.link_ended.v1): the distributor loses access
        linkEnded(distributor, reseller, "RESELLER");
        awaitProjection(reseller, p -> p.distributorId == null);
        create(distributor, customer("indirect_partner_id", reseller)).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        com.acmecloud.partnercenter.customer.CustomerTestApi.query(distributor,
                        java.util.Map.of("indirect_partner_id", reseller)).statusCode(400)
                .body("error_code", equalTo("CBC.99000037"));
        create(reseller, customer()).statusCode(200);
    }

    @Test
    void anEndedLinkOfAnotherDistributorLeavesTheCurrentOneAlone() {
        String[] pair = distributorWithReseller();
        String formerDistributor = Tokens.newPartnerId();
        joined(formerDistributor, "DISTRIBUTOR");

        linkEnded(formerDistributor, pair[1], "OPERATOR");
        // a later event of the same key: once applied, the ended event before it was consumed
        joined(pair[1], "SOLUTION_PROVIDER");
        PartnerProjection row = awaitProjection(pair[1], p -> p.programs().contains("SOLUTION_PROVIDER"));
        assertThat(row.distributorId).isEqualTo(pair[0]);
    }

    @Test
    void linksMadeBeforeConsentWasRequiredAreStillProjected() {
        String distributor = Tokens.newPartnerId();
        String reseller = Tokens.newPartnerId();
        joined(distributor, "DISTRIBUTOR");
        linked(distributor, reseller);
        awaitProjection(reseller, p -> distributor.equals(p.distributorId));
        unlinked(distributor, reseller);
        awaitProjection(reseller, p -> p.distributorId == null);
    }

    @Test
    void resellersOfARestrictedOrExitedDistributorCannotCreateCustomers() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];

        statusChanged(distributor, "RESTRICTED", "ACTIVE");
        awaitProjection(distributor, p -> p.status == PartnerStatus.RESTRICTED);
        create(reseller, customer()).statusCode(400).body("error_code", equalTo("CBC.50010086"));
        create(distributor, customer("indirect_partner_id", reseller)).statusCode(400)
                .body("error_code", equalTo("CBC.50010086"));

        statusChanged(distributor, "EXITED", "RESTRICTED");
        awaitProjection(distributor, p -> p.status == PartnerStatus.EXITED);
        create(reseller, customer()).statusCode(400).body("error_code", equalTo("CBC.50010065"));
    }

    @Test
    void accessConfigurationIsProjected() {
        String partner = Tokens.newPartnerId();
        publish(partner, partnerEvent(PartnerEvents.ACCESS_CONFIGURATION_CHANGED, partner,
                new PartnerEvents.AccessConfigurationChanged(partner, true, "platform_x", "realname-bucket",
                        "cn-north-4", true, Instant.now())));
        PartnerProjection row = awaitProjection(partner, p -> p.realNameAttachmentUpload);
        assertThat(row.obsBucketName).isEqualTo("realname-bucket");
        assertThat(row.obsRegion).isEqualTo("cn-north-4");
        assertThat(row.xaccountType).isEqualTo("platform_x");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String partner = registeredPartner();
        CloudEvent restricted = partnerEvent(PartnerEvents.PARTNER_STATUS_CHANGED, partner,
                new PartnerEvents.PartnerStatusChanged(partner, "RESTRICTED", "ACTIVE", "r", "operator-1", Instant.now()));
        publish(partner, restricted);
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);
        statusChanged(partner, "ACTIVE", "RESTRICTED");
        awaitProjection(partner, p -> p.status == PartnerStatus.ACTIVE);

        publish(partner, restricted);
        // a later event of the same key shares the partition: once applied, the copy before it was consumed
        joined(partner, "SOLUTION_PROVIDER");
        PartnerProjection row = awaitProjection(partner, p -> p.programs().contains("SOLUTION_PROVIDER"));
        assertThat(row.status).isEqualTo(PartnerStatus.ACTIVE);
        create(partner, customer()).statusCode(200);
    }

    @Test
    void unknownEventTypesAreRecordedAndIgnored() {
        String partner = Tokens.newPartnerId();
        CloudEvent future = partnerEvent(new EventType<>("partner.renamed", 7, PartnerEvents.TOPIC, Object.class),
                partner, java.util.Map.of("partner_id", partner, "name", "New name"));
        publish(partner, future);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Tx.call(() -> projections.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM processed_event WHERE consumer = 'customer-service' AND event_id = :id")
                        .setParameter("id", UUID.fromString(future.id())).getSingleResult())
                .map(count -> ((Number) count).intValue() == 1)));
        assertThat(Tx.call(() -> projections.findById(partner))).isNull();
    }

    @Test
    void undecodableMessagesGoToTheDeadLetterTopicWithTheReason() {
        String key = "poison-" + UUID.randomUUID();
        publishRaw(key, "this is not a CloudEvent");
        String badPayloadKey = "bad-payload-" + UUID.randomUUID();
        CloudEvent badStatus = partnerEvent(PartnerEvents.PARTNER_STATUS_CHANGED, badPayloadKey,
                new PartnerEvents.PartnerStatusChanged(badPayloadKey, "SUSPENDED", "ACTIVE", "r", "o", Instant.now()));
        publish(badPayloadKey, badStatus);
        try (TopicReader dlq = new TopicReader("partner.events.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(TopicReader.keyed(key), 1, Duration.ofSeconds(30)).get(0);
            assertThat(dead.value()).isEqualTo("this is not a CloudEvent");
            assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("not a JSON CloudEvent");
            ConsumerRecord<String, String> deadStatus =
                    dlq.await(TopicReader.keyed(badPayloadKey), 1, Duration.ofSeconds(30)).get(0);
            assertThat(TopicReader.header(deadStatus, "dead-letter-reason")).contains("unknown partner status");
        }
        // and the consumer goes on
        String partner = Tokens.newPartnerId();
        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);
    }
}
