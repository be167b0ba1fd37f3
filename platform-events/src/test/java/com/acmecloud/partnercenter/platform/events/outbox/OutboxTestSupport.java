package com.acmecloud.partnercenter.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/** What the relay tests read of an outbox row and do to the test broker's topics. */
final class OutboxTestSupport {

    private OutboxTestSupport() {
    }

    static Row row(Pool pool, String eventId) {
        List<Row> rows = rows(pool, eventId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    static List<Row> rows(Pool pool, String eventId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT sent_at, parked_at, attempts, refusals, last_error FROM outbox_event WHERE event_id = $1")
                .executeAndAwait(Tuple.of(UUID.fromString(eventId))).forEach(rows::add);
        return rows;
    }

    static Row awaitParked(Pool pool, String eventId, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(() -> row(pool, eventId), row -> row.getOffsetDateTime("parked_at") != null);
    }

    static List<String> subjects(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> JsonPath.from(record.value()).getString("subject")).toList();
    }

    static void createTopic(String topic, Map<String, String> settings) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(settings))).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static void alterTopic(String topic, String setting, String value) {
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            List.of(new AlterConfigOp(new ConfigEntry(setting, value), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers()));
    }
}
