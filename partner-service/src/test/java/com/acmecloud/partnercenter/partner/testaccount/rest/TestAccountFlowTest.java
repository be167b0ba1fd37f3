package com.acmecloud.partnercenter.partner.testaccount.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Test partner accounts: marked and unmarked by operators, shown in the partner read, published on partner.events. */
@QuarkusTest
class TestAccountFlowTest {

    private static final String PATH = "/v2/operations/partners/{id}/test-account";

    @Inject
    ObjectMapper mapper;

    @Test
    void aNewPartnerIsNoTestAccount() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201).body("test_account", equalTo(false));
    }

    @Test
    void anOperatorMarksAndUnmarksATestAccountAndEachChangeIsPublishedOnce() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);

        mark(partnerId, true, "ERP integration account").statusCode(200)
                .body("partner_id", equalTo(partnerId))
                .body("test_account", equalTo(true))
                .body("reason", equalTo("ERP integration account"))
                .body("changed_by", equalTo("operator-1"))
                .body("changed_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("test_account", equalTo(true));
        // marking again changes nothing, keeps the first reason and publishes nothing
        mark(partnerId, true, "Again").statusCode(200)
                .body("test_account", equalTo(true)).body("reason", equalTo("ERP integration account"));

        mark(partnerId, false, "Integration finished").statusCode(200)
                .body("test_account", equalTo(false)).body("reason", equalTo("Integration finished"));
        as(Tokens.operator()).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("test_account", equalTo(false));

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(TopicReader.keyed(partnerId), 3, Duration.ofSeconds(30));
            List<JsonNode> events = records.stream().map(this::read).toList();
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("partner.registered.v1",
                    "partner.test_account_changed.v1", "partner.test_account_changed.v1");
            JsonNode marked = events.get(1);
            assertThat(marked.get("subject").asText()).isEqualTo(partnerId);
            assertThat(marked.get("data").get("partner_id").asText()).isEqualTo(partnerId);
            assertThat(marked.get("data").get("test_account").asBoolean()).isTrue();
            assertThat(marked.get("data").get("reason").asText()).isEqualTo("ERP integration account");
            assertThat(marked.get("data").get("changed_by").asText()).isEqualTo("operator-1");
            assertThat(marked.get("data").get("changed_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(events.get(2).get("data").get("test_account").asBoolean()).isFalse();
        }
    }

    @Test
    void onlyOperatorsMarkAndOnlyExistingPartners() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        as(Tokens.partner(partnerId)).body(Map.of("test_account", true, "reason", "self-service"))
                .put(PATH, partnerId)
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("test_account", true, "reason", "anonymous")).put(PATH, partnerId)
                .then().statusCode(401).body("error_code", equalTo("CBC.0154"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId).then().body("test_account", equalTo(false));

        mark(Tokens.newPartnerId(), true, "Unknown").statusCode(404).body("error_code", equalTo("CBC.91001001"));
    }

    @Test
    void aChangeNeedsTheFlagAndAReason() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        as(Tokens.operator()).body(Map.of("test_account", true)).put(PATH, partnerId).then().statusCode(400)
                .body("error_code", equalTo("CBC.0101"));
        as(Tokens.operator()).body(Map.of("test_account", true, "reason", " ")).put(PATH, partnerId).then()
                .statusCode(400).body("error_code", equalTo("CBC.0101"));
        as(Tokens.operator()).body(Map.of("reason", "no flag")).put(PATH, partnerId).then().statusCode(400)
                .body("error_code", equalTo("CBC.0101"));
        as(Tokens.operator()).body(Map.of("test_account", "perhaps", "reason", "r")).put(PATH, partnerId)
                .then().statusCode(400).body("error_code", equalTo("CBC.0101"));
        mark(partnerId, true, "r".repeat(501)).statusCode(400).body("error_code", equalTo("CBC.0100"));
        as(Tokens.operator()).get("/v2/partners/{id}", partnerId).then().body("test_account", equalTo(false));
    }

    private static ValidatableResponse mark(String partnerId, boolean testAccount, String reason) {
        return as(Tokens.operator()).body(Map.of("test_account", testAccount, "reason", reason)).put(PATH, partnerId)
                .then();
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
