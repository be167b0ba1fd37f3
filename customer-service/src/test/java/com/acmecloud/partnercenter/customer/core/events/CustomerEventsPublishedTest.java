package com.acmecloud.partnercenter.customer.core.events;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Creating a customer publishes its two events on customer.events, keyed by the partner, as CloudEvents. */
@QuarkusTest
class CustomerEventsPublishedTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void creationAndAssociationArePublishedThroughTheOutbox() throws Exception {
        String partner = registeredPartner();
        String name = "ev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        var body = customer("domain_name", name);
        String domainId = create(partner, body).statusCode(200).extract().path("domain_id");

        try (TopicReader reader = new TopicReader("customer.events")) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(TopicReader.keyed(partner), 2, Duration.ofSeconds(30));
            JsonNode created = mapper.readTree(records.get(0).value());
            JsonNode associated = mapper.readTree(records.get(1).value());

            assertThat(created.get("specversion").asText()).isEqualTo("1.0");
            assertThat(created.get("type").asText()).isEqualTo("customer.sub_customer_created.v1");
            assertThat(created.get("source").asText()).isEqualTo("/customer-service");
            assertThat(created.get("subject").asText()).isEqualTo(domainId);
            assertThat(created.get("datacontenttype").asText()).isEqualTo("application/json");
            // the envelope time carries milliseconds (the reactive platform outbox)
            assertThat(created.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            assertThat(UUID.fromString(created.get("id").asText())).isNotNull();
            JsonNode data = created.get("data");
            assertThat(data.get("partner_id").asText()).isEqualTo(partner);
            assertThat(data.get("customer_id").asText()).isEqualTo(domainId);
            assertThat(data.get("domain_name").asText()).isEqualTo(name);
            assertThat(data.get("xaccount_id").asText()).isEqualTo(body.get("xaccount_id"));
            assertThat(data.get("distributor_id").isNull()).isTrue();
            assertThat(data.get("created_by").asText()).isEqualTo("user-" + partner);
            assertThat(data.has("password_hash")).isFalse();

            assertThat(associated.get("type").asText()).isEqualTo("customer.associated.v1");
            assertThat(associated.get("subject").asText()).isEqualTo(domainId);
            assertThat(associated.get("data").get("association_type").asInt()).isEqualTo(2);
            assertThat(associated.get("data").get("partner_id").asText()).isEqualTo(partner);
            assertThat(records.get(0).partition()).isEqualTo(records.get(1).partition());
        }
    }

    @Test
    void aCustomerCreatedByADistributorIsKeyedByTheReseller() throws Exception {
        String[] pair = distributorWithReseller();
        String domainId = create(pair[0], customer("indirect_partner_id", pair[1])).statusCode(200)
                .extract().path("domain_id");
        try (TopicReader reader = new TopicReader("customer.events")) {
            JsonNode associated = mapper.readTree(reader.await(TopicReader.keyed(pair[1]), 2, Duration.ofSeconds(30))
                    .get(1).value());
            assertThat(associated.get("subject").asText()).isEqualTo(domainId);
            assertThat(associated.get("data").get("partner_id").asText()).isEqualTo(pair[1]);
            assertThat(associated.get("data").get("distributor_id").asText()).isEqualTo(pair[0]);
        }
    }
}
