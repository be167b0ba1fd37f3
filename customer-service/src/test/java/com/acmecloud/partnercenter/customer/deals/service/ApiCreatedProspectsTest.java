package com.acmecloud.partnercenter.customer.deals.service;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.statusOf;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.RecordingSmsGateway;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Deal registrations and Huawei's create-customer API: exclusive rights hold there too, and creation converts. */
@QuarkusTest
class ApiCreatedProspectsTest {

    @Inject
    RecordingSmsGateway sms;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aMobileRegisteredByAnotherPartnerCannotBecomeThisPartnersCustomer() {
        String holder = registeredPartner();
        String other = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(holder, mobile);
        sendCode(other, mobile, null).statusCode(204);
        String code = sms.lastCode(mobile);

        assertCbcError("create with a mobile held by another partner",
                create(other, customer("mobile_phone", mobile, "verification_code", code)).extract().response(),
                400, "CBC.99000051");

        assertThat(statusOf(holder, registration)).isEqualTo("ACTIVE");
        // nothing was used up: the holder's own creation with the same code succeeds
        create(holder, customer("mobile_phone", mobile, "verification_code", code)).statusCode(200);
    }

    @Test
    void creatingTheAccountOfOwnNoAccountRegistrationConvertsIt() throws Exception {
        String partner = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(partner, mobile);
        sendCode(partner, mobile, null).statusCode(204);

        String customerId = create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile)))
                .statusCode(200).extract().path("domain_id");

        assertThat(statusOf(partner, registration)).isEqualTo("CONVERTED");
        try (TopicReader reader = new TopicReader("customer.events")) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    record -> partner.equals(record.key())
                            && record.value().contains("\"customer.deal_registration_converted.v1\""),
                    1, Duration.ofSeconds(30));
            JsonNode data = mapper.readTree(records.get(0).value()).get("data");
            assertThat(data.get("registration_id").asText()).isEqualTo(registration);
            assertThat(data.get("customer_id").asText()).isEqualTo(customerId);
            assertThat(data.get("status").asText()).isEqualTo("CONVERTED");
        }
    }
}
