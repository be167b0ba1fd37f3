package com.acmecloud.partnercenter.platform.events.broker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away: readiness stays UP (serving needs only the database), while the wellness checks and
 * the metrics say that the broker is unreachable and how far the outbox is behind.
 */
@QuarkusTest
class KafkaBrokerProbeTest {

    record Note(String text) {
    }

    static final EventType<Note> NOTED = new EventType<>("test.noted", 1, "platform.probe.events", Note.class);

    @Inject
    OutboxWriter outbox;

    @Test
    void aBrokerOutageIsAMetricAndAWellnessCheckNotReadiness() {
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("kafka_broker_reachable") == 1.0);
        KafkaBrokerResource.stopBroker();
        try {
            String key = UUID.randomUUID().toString();
            Tx.call(() -> outbox.append(NOTED, key, "waits", new Note("during the outage")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(metric("kafka_broker_reachable")).isEqualTo(0.0);
                assertThat(metric("outbox_backlog_events")).isGreaterThanOrEqualTo(1.0);
                Map<String, Object> broker = check("/q/health/well", "kafka-broker");
                assertThat(broker.get("status")).isEqualTo("DOWN");
            });
            assertThat(check("/q/health/well", "outbox").get("data")).asString().contains("unsent");
            // readiness: UP all along, and nothing about Kafka or the outbox in it
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                    given().get("/q/health/ready").statusCode() == 200);
            List<String> readiness = given().get("/q/health/ready").then().statusCode(200)
                    .extract().jsonPath().getList("checks.name");
            assertThat(readiness).isNotEmpty().doesNotContain("outbox", "kafka-broker");
            assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        } finally {
            KafkaBrokerResource.startBroker();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(metric("kafka_broker_reachable")).isEqualTo(1.0);
            assertThat(check("/q/health/well", "kafka-broker").get("status")).isEqualTo("UP");
        });
    }

    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(body);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : Double.NaN;
    }

    static Map<String, Object> check(String path, String name) {
        List<Map<String, Object>> checks = JsonPath.from(given().get(path).asString()).getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + path + ": " + checks));
    }
}
