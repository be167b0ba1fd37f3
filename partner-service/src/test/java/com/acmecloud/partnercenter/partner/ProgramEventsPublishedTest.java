package com.acmecloud.partnercenter.partner;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
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

/**
 * Every state change of programs, certificates, partner status and reseller links reaches the real broker
 * through the outbox, in CloudEvents form, keyed so that each partner's (each reseller's) events stay in order.
 */
@QuarkusTest
class ProgramEventsPublishedTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void joiningAProgramReviewsStatusAndLinksArePublished() {
        String distributor = ProgramsTestApi.verifiedPartner();
        String distributorApplication = ProgramsTestApi.join(distributor, "DISTRIBUTOR");
        String certificateId = ProgramsTestApi.certificateOf(distributor, "DISTRIBUTOR");
        String certificateNumber = as(Tokens.partner(distributor))
                .get("/v2/partners/{id}/certificates/{cid}", distributor, certificateId).then().extract()
                .path("certificate_number");

        String reseller = ProgramsTestApi.verifiedPartner();
        String rejected = ProgramsTestApi.applied(reseller, "CLOUD_RESELLER");
        ProgramsTestApi.reviewApplication(reseller, rejected, "REJECTED", "Incomplete reseller agreement").statusCode(200);
        String approved = ProgramsTestApi.join(reseller, "CLOUD_RESELLER");
        ProgramsTestApi.link(distributor, reseller).statusCode(200);
        as(Tokens.partner(distributor)).delete("/v2/partners/{id}/indirect-partners/{rid}", distributor, reseller)
                .then().statusCode(204);
        ProgramsTestApi.setStatus(distributor, "RESTRICTED", "Compliance review").statusCode(200);

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<JsonNode> ofDistributor = events(reader, distributor, 8);
            assertThat(types(ofDistributor)).containsExactly(
                    "partner.registered.v1", "partner.real_name_submitted.v1", "partner.real_name_approved.v1",
                    "program.application_submitted.v1", "program.application_approved.v1", "program.joined.v1",
                    "program.certificate_issued.v1", "partner.status_changed.v1");

            JsonNode approval = ofDistributor.get(4);
            assertThat(approval.get("subject").asText()).isEqualTo(distributorApplication);
            assertThat(approval.get("data").get("program").asText()).isEqualTo("DISTRIBUTOR");
            assertThat(approval.get("data").get("reviewed_by").asText()).isEqualTo("operator-1");

            JsonNode joined = ofDistributor.get(5);
            assertThat(joined.get("subject").asText()).isEqualTo(distributorApplication);
            assertThat(joined.get("data").get("program").asText()).isEqualTo("DISTRIBUTOR");
            assertThat(joined.get("data").get("tier").asInt()).isEqualTo(1);
            assertThat(joined.get("data").get("joined_at").asText()).isEqualTo(approval.get("data").get("reviewed_at").asText());

            JsonNode issued = ofDistributor.get(6);
            assertThat(issued.get("subject").asText()).isEqualTo(certificateId);
            assertThat(issued.get("data").get("certificate_number").asText()).isEqualTo(certificateNumber);
            assertThat(issued.get("data").get("valid_from").asText()).isEqualTo(joined.get("data").get("joined_at").asText());
            assertThat(issued.get("data").get("valid_to").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

            JsonNode status = ofDistributor.get(7);
            assertThat(status.get("subject").asText()).isEqualTo(distributor);
            assertThat(status.get("data").get("status").asText()).isEqualTo("RESTRICTED");
            assertThat(status.get("data").get("previous_status").asText()).isEqualTo("ACTIVE");
            assertThat(status.get("data").get("reason").asText()).isEqualTo("Compliance review");
            ofDistributor.forEach(e -> assertThat(e.get("data").get("partner_id").asText()).isEqualTo(distributor));

            // the reseller's key carries its reviews and its links (a Cloud Reseller gets no certificate)
            List<JsonNode> ofReseller = events(reader, reseller, 11);
            assertThat(types(ofReseller)).containsExactly(
                    "partner.registered.v1", "partner.real_name_submitted.v1", "partner.real_name_approved.v1",
                    "program.application_submitted.v1", "program.application_rejected.v1",
                    "program.application_submitted.v1", "program.application_approved.v1", "program.joined.v1",
                    "indirect_partner.link_requested.v1", "indirect_partner.link_accepted.v1",
                    "indirect_partner.link_ended.v1");
            JsonNode rejection = ofReseller.get(4);
            assertThat(rejection.get("subject").asText()).isEqualTo(rejected);
            assertThat(rejection.get("data").get("reason").asText()).isEqualTo("Incomplete reseller agreement");
            assertThat(ofReseller.get(7).get("subject").asText()).isEqualTo(approved);
            assertThat(ofReseller.get(7).get("data").get("tier").asInt()).isEqualTo(2);

            for (JsonNode link : ofReseller.subList(8, 11)) {
                assertThat(link.get("subject").asText()).isEqualTo(reseller);
                assertThat(link.get("data").get("distributor_id").asText()).isEqualTo(distributor);
                assertThat(link.get("data").get("indirect_partner_id").asText()).isEqualTo(reseller);
            }
            assertThat(ofReseller.get(8).get("data").get("requested_by").asText()).isEqualTo("user-" + distributor);
            assertThat(ofReseller.get(9).get("data").get("accepted_by").asText()).isEqualTo("user-" + reseller);
            assertThat(ofReseller.get(10).get("data").get("ended_by").asText()).isEqualTo("user-" + distributor);
            assertThat(ofReseller.get(10).get("data").get("ended_by_side").asText()).isEqualTo("DISTRIBUTOR");
            assertThat(ofReseller.get(10).get("data").has("ended_at")).isTrue();
        }
    }

    private List<JsonNode> events(TopicReader reader, String key, int count) {
        List<ConsumerRecord<String, String>> records = reader.await(TopicReader.keyed(key), count, Duration.ofSeconds(30));
        assertThat(records).hasSize(count);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        for (JsonNode event : events) {
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
            assertThat(event.get("source").asText()).isEqualTo("/partner-service");
            assertThat(event.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("subject").asText()).isNotBlank();
        }
        return events;
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
