package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Kafka down must not take the API down: readiness stays UP (the partner.events consumer is not part of it),
 * requests succeed and their events wait in the outbox, while the metrics and /q/health/well show the broker
 * problem and the outbox lag. When the broker is back the waiting events leave.
 */
@QuarkusTest
class BrokerOutageReadinessTest {

    @Test
    void withTheBrokerDownReadinessStaysUpAndTheMetricsTellTheStory() {
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("kafka_broker_reachable") == 1.0
                && given().get("/q/health/ready").statusCode() == 200);
        String partner = CustomerTestApi.registeredPartner();
        KafkaBrokerResource.stopBroker();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(metric("kafka_broker_reachable")).isEqualTo(0.0);
                assertThat(check("/q/health/well", "kafka-broker").get("status")).isEqualTo("DOWN");
            });
            // the consumer has lost its broker too, and still the replica stays in the Service
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).until(() ->
                    given().get("/q/health/ready").statusCode() == 200);
            assertThat(given().get("/q/health/ready").then().extract().jsonPath().getList("checks.name", String.class))
                    .isNotEmpty().noneMatch(name -> name.contains("partner-events") || name.equals("outbox"));

            create(partner, customer()).statusCode(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(metric("outbox_backlog_events")).isGreaterThanOrEqualTo(2.0);
                assertThat(metric("outbox_oldest_unsent_age_seconds")).isNotNaN();
            });
        } finally {
            KafkaBrokerResource.startBroker();
        }
        try (TopicReader reader = new TopicReader("customer.events")) {
            List<String> types = reader.await(TopicReader.keyed(partner), 2, Duration.ofSeconds(60)).stream()
                    .map(record -> JsonPath.from(record.value()).getString("type")).toList();
            assertThat(types).startsWith("customer.sub_customer_created.v1", "customer.associated.v1");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> metric("kafka_broker_reachable") == 1.0);
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
