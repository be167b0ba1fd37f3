package com.acmecloud.partnercenter.partner;

import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.assignXaccountType;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.bindBucket;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.businessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.issuePaymentAgreement;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.realNameVerifiedPartner;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.reviewBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.setAttachmentUpload;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.submitBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.unbindBucket;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.uniqueBucket;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Access configuration, business information and payment agreement events reach partner.events, keyed by partner. */
@QuarkusTest
class AccessBusinessEventsPublishedTest {

    private static final List<String> OURS = List.of("access_configuration.changed.v1",
            "business_information.changed.v1", "payment_agreement.issued.v1");

    @Inject
    ObjectMapper mapper;

    @Test
    void accessConfigurationChangesCarryTheFullResultingState() {
        String partnerId = realNameVerifiedPartner();
        String bucket = uniqueBucket();
        String xaccountType = "evt_" + UUID.randomUUID().toString().substring(0, 8);
        setAttachmentUpload(partnerId, true).statusCode(200);
        setAttachmentUpload(partnerId, true).statusCode(200); // no change: no event
        bindBucket(partnerId, bucket, "cn-east-3").statusCode(200);
        assignXaccountType(partnerId, xaccountType).statusCode(200);
        unbindBucket(partnerId).statusCode(200);

        List<JsonNode> events = ours(partnerId, 4);
        assertThat(events).extracting(e -> e.get("type").asText()).containsOnly("access_configuration.changed.v1");
        for (JsonNode event : events) {
            assertThat(event.get("subject").asText()).isEqualTo(partnerId);
            assertThat(event.get("data").get("partner_id").asText()).isEqualTo(partnerId);
            assertThat(event.get("data").get("changed_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        }
        JsonNode enabled = events.get(0).get("data");
        assertThat(enabled.get("real_name_attachment_upload").asBoolean()).isTrue();
        assertThat(enabled.get("obs_bucket_name").isNull()).isTrue();
        assertThat(enabled.get("ready_for_real_name_api").asBoolean()).isFalse();

        JsonNode bound = events.get(1).get("data");
        assertThat(bound.get("obs_bucket_name").asText()).isEqualTo(bucket);
        assertThat(bound.get("obs_region").asText()).isEqualTo("cn-east-3");
        assertThat(bound.get("ready_for_real_name_api").asBoolean()).isTrue();

        JsonNode assigned = events.get(2).get("data");
        assertThat(assigned.get("xaccount_type").asText()).isEqualTo(xaccountType);
        assertThat(assigned.get("obs_bucket_name").asText()).isEqualTo(bucket);
        assertThat(assigned.get("real_name_attachment_upload").asBoolean()).isTrue();

        JsonNode unbound = events.get(3).get("data");
        assertThat(unbound.get("obs_bucket_name").isNull()).isTrue();
        assertThat(unbound.get("obs_region").isNull()).isTrue();
        assertThat(unbound.get("xaccount_type").asText()).isEqualTo(xaccountType);
        assertThat(unbound.get("ready_for_real_name_api").asBoolean()).isFalse();
    }

    @Test
    void rule60BusinessInformationEventsSayWhenPayoutsAreBlockedAndMaskTheAccount() {
        String partnerId = realNameVerifiedPartner();
        submitBusinessInformation(partnerId, businessInformation("6222020200112233445")).statusCode(200);
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(200);
        submitBusinessInformation(partnerId, businessInformation("6222020200199998888")).statusCode(200);
        reviewBusinessInformation(partnerId, "REJECTED", "holder mismatch").statusCode(200);

        List<ConsumerRecord<String, String>> records = ourRecords(partnerId, 4);
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        assertThat(events).extracting(e -> e.get("type").asText()).containsOnly("business_information.changed.v1");
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("6222020200112233445", "6222020200199998888"));

        JsonNode submitted = events.get(0).get("data");
        assertThat(submitted.get("status").asText()).isEqualTo("PENDING");
        assertThat(submitted.get("payout_blocked").asBoolean()).isTrue();
        assertThat(submitted.get("verified").isNull()).isTrue();

        JsonNode verified = events.get(1).get("data");
        assertThat(verified.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.get("payout_blocked").asBoolean()).isFalse();
        assertThat(verified.get("verified").get("bank_account_masked").asText()).isEqualTo("***************3445");
        assertThat(verified.get("verified").get("tax_rate").decimalValue()).isEqualByComparingTo("0.06");

        JsonNode changePending = events.get(2).get("data");
        assertThat(changePending.get("status").asText()).isEqualTo("PENDING");
        assertThat(changePending.get("payout_blocked").asBoolean()).isTrue();
        assertThat(changePending.get("verified").get("bank_account_masked").asText()).isEqualTo("***************3445");
        assertThat(changePending.get("pending_change_submitted_at").isNull()).isFalse();

        JsonNode rejected = events.get(3).get("data");
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("payout_blocked").asBoolean()).isFalse();
        assertThat(rejected.get("verified").get("bank_account_masked").asText()).isEqualTo("***************3445");
    }

    @Test
    void issuingAPaymentAgreementIsPublished() {
        String partnerId = realNameVerifiedPartner();
        var issued = issuePaymentAgreement(partnerId).statusCode(201).extract();
        String contractId = issued.path("contract_id");

        JsonNode event = ours(partnerId, 1).get(0);
        assertThat(event.get("type").asText()).isEqualTo("payment_agreement.issued.v1");
        assertThat(event.get("subject").asText()).isEqualTo(contractId);
        assertThat(event.get("data").get("partner_id").asText()).isEqualTo(partnerId);
        assertThat(event.get("data").get("contract_id").asText()).isEqualTo(contractId);
        assertThat(event.get("data").get("contract_number").asText()).isEqualTo(issued.path("contract_number"));
        assertThat(event.get("data").get("issued_at").asText()).isEqualTo(issued.path("issued_at"));
    }

    private List<JsonNode> ours(String partnerId, int count) {
        return ourRecords(partnerId, count).stream().map(r -> read(r.value())).toList();
    }

    private List<ConsumerRecord<String, String>> ourRecords(String partnerId, int count) {
        Predicate<ConsumerRecord<String, String>> mine = TopicReader.keyed(partnerId)
                .and(r -> OURS.contains(read(r.value()).get("type").asText()));
        try (TopicReader reader = new TopicReader("partner.events")) {
            reader.await(mine, count, Duration.ofSeconds(30));
            // nothing beyond the expected events (e.g. none for a request that changed nothing)
            List<ConsumerRecord<String, String>> all = reader.received(mine);
            assertThat(all).hasSize(count);
            return all;
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
