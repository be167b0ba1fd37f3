package com.acmecloud.partnercenter.customer.billing;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.billing.service.BillingFreezeRequests;
import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRecord;
import com.acmecloud.partnercenter.customer.subcustomers.repository.FreezeRecordRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rule 13: billing-gateway's freeze and unfreeze requests on billing.events, as billing writes them, through the real
 * broker: customer-service freezes with its own freeze logic (record, customer.frozen.v1) as the system actor, once
 * however often the event is delivered, and only a customer of the partner the event names.
 */
@QuarkusTest
class BillingFreezeRequestsTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    FreezeRecordRepository records;

    private CloudEvent request(EventType<BillingEvents.CustomerFreezeRequest> type, String partner, String customer,
                               String reason) {
        return codec.envelope(type, "/billing-gateway", customer, new BillingEvents.CustomerFreezeRequest(partner,
                customer, "ACCOUNT", reason, "system:billing-gateway", Instant.now()),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void publish(String key, String value) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(BillingEvents.TOPIC, key, value)).awaitCompletion();
    }

    private static int isFrozen(String partner, String customer) {
        return query(partner, Map.of("customer_id", customer)).statusCode(200)
                .extract().path("customer_infos[0].is_frozen");
    }

    private static void awaitFrozen(String partner, String customer, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> isFrozen(partner, customer) == expected);
    }

    @Test
    void aFreezeRequestFreezesTheCustomerOnceAndAnUnfreezeRequestLiftsIt() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        CloudEvent freeze = request(BillingEvents.CUSTOMER_FREEZE_REQUESTED, partner, customer, "AWAITING_BUDGET");

        try (TopicReader customerEvents = new TopicReader(CustomerEvents.TOPIC)) {
            publish(partner, codec.encode(freeze));
            publish(partner, codec.encode(freeze)); // redelivered
            awaitFrozen(partner, customer, 1);
            customerEvents.await(r -> r.value().contains(CustomerEvents.CUSTOMER_FROZEN.type())
                    && r.value().contains(customer), 1, Duration.ofSeconds(30));

            publish(partner, codec.encode(request(BillingEvents.CUSTOMER_UNFREEZE_REQUESTED, partner, customer,
                    "BUDGET_SET")));
            awaitFrozen(partner, customer, 0);
            customerEvents.await(r -> r.value().contains(CustomerEvents.CUSTOMER_UNFROZEN.type())
                    && r.value().contains(customer), 1, Duration.ofSeconds(30));
            assertThat(customerEvents.received(r -> r.value().contains(CustomerEvents.CUSTOMER_FROZEN.type())
                    && r.value().contains(customer))).as("frozen once despite the redelivery").hasSize(1);
        }
        List<FreezeRecord> history = Tx.call(() -> records.ofCustomer(customer));
        assertThat(history).hasSize(2);
        assertThat(history).allSatisfy(record -> assertThat(record.actor).isEqualTo(BillingFreezeRequests.ACTOR));
    }

    @Test
    void aRequestNamingAnotherPartnerDoesNotFreezeTheCustomerAndPoisonGoesToTheDeadLetterTopic() {
        String owner = registeredPartner();
        String customer = resaleCustomer(owner);
        String other = registeredPartner();
        String marker = resaleCustomer(owner);

        try (TopicReader dlq = new TopicReader("billing.events.dlq")) {
            publish(other, codec.encode(request(BillingEvents.CUSTOMER_FREEZE_REQUESTED, other, customer,
                    "BUDGET_EXHAUSTED")));
            publish(owner, "{not json");
            publish(owner, codec.encode(request(BillingEvents.CUSTOMER_FREEZE_REQUESTED, owner, marker,
                    "BUDGET_EXHAUSTED")));
            awaitFrozen(owner, marker, 1);
            dlq.await(TopicReader.keyed(owner), 1, Duration.ofSeconds(30));
        }
        assertThat(isFrozen(owner, customer)).isZero();
    }
}
