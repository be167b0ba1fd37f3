package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kafka goes away: requests still succeed, events wait in the outbox (the outbox wellness check on
 * /q/health/well reports the backlog once it is older than the limit, while readiness stays UP: the replica keeps
 * serving), and when the broker is back every event is published and applied exactly once.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.ShortOutboxAge.class)
class BrokerOutageTest {

    public static class ShortOutboxAge implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercenter.outbox.max-age", "2S");
        }
    }

    @Inject
    PartnerEventsProbe probe;

    @AfterEach
    void brokerBack() {
        KafkaBrokerResource.startBroker();
    }

    @Test
    void registrationSucceedsWhileTheBrokerIsDownAndEventsFollowWhenItIsBack() {
        String partnerId = Tokens.newPartnerId();
        KafkaBrokerResource.stopBroker();

        PartnerTestApi.register(partnerId).statusCode(201);
        String submissionId = PartnerTestApi.submitRealName(partnerId);
        PartnerTestApi.review(partnerId, submissionId, "REJECTED", "blurred").statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> outbox = outboxCheck();
            assertThat(outbox.get("status")).isEqualTo("DOWN");
            assertThat(((Number) data(outbox).get("unsent")).intValue()).isGreaterThanOrEqualTo(3);
        });
        given().get("/q/health/ready").then().statusCode(200);

        KafkaBrokerResource.startBroker();

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(TopicReader.keyed(partnerId), 3, Duration.ofSeconds(60));
            List<String> types = records.stream().map(r -> JsonPath.from(r.value()).getString("type")).toList();
            assertThat(types).startsWith("partner.registered.v1", "partner.real_name_submitted.v1",
                    "partner.real_name_rejected.v1");
            for (ConsumerRecord<String, String> record : records) {
                String eventId = JsonPath.from(record.value()).getString("id");
                await().atMost(Duration.ofSeconds(60)).until(() -> probe.timesApplied(eventId) == 1);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(outboxCheck().get("status")).isEqualTo("UP"));
    }

    private static Map<String, Object> outboxCheck() {
        List<Map<String, Object>> checks = given().get("/q/health/well").then().extract().jsonPath().getList("checks");
        return checks.stream().filter(c -> "outbox".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no outbox wellness check"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> check) {
        return (Map<String, Object>) check.get("data");
    }
}
