package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the broker whether a topic exists. A send to a topic the producer has no metadata for fails the same way
 * whether the broker is unreachable or answers that the topic does not exist (a Kafka {@code TimeoutException}
 * once {@code max.block.ms} has passed); only the second is the record's own fault. The admin client is created
 * on the first question (the bean is lazy) and connects the way the relay's producer does.
 */
@ApplicationScoped
class OutboxTopics {

    private final Admin admin;
    private final int timeoutMs;

    OutboxTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxConfig config,
                 @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults) {
        timeoutMs = (int) Math.min(config.sendTimeout().toMillis(), 5_000L);
        Map<String, Object> settings = OutboxProducerFactory.connection(bootstrapServers, kafkaDefaults);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "outbox-topics" + config.source().replace('/', '-'));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, (int) Duration.ofSeconds(1).toMillis());
        admin = Admin.create(settings);
    }

    /**
     * @return true only if the broker answered that {@code topic} does not exist; false if it exists or the broker
     *         gave no answer in time (unreachable: not the record's fault)
     */
    boolean absent(String topic) {
        try {
            admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs(timeoutMs))
                    .allTopicNames().get(timeoutMs + 1_000L, TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
