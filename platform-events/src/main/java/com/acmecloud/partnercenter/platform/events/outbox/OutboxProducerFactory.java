package com.acmecloud.partnercenter.platform.events.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: idempotent, acks from all in-sync replicas, bounded waits so a broker
 * outage shows up as a failed round (rows stay unsent) rather than a stuck thread. It connects the way the
 * service's messaging channels do: the {@code kafka.security.protocol}, {@code kafka.sasl.*} and
 * {@code kafka.ssl.*} settings (SCRAM credentials of the service's KafkaUser in Kubernetes) are passed on,
 * read from Quarkus's default Kafka configuration, the same map the channels get.
 */
@ApplicationScoped
public class OutboxProducerFactory {

    @Produces
    @ApplicationScoped
    Producer<String, String> outboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                            OutboxConfig config,
                                            @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults) {
        return new KafkaProducer<>(settings(bootstrapServers, config, kafkaDefaults));
    }

    /**
     * The producer's settings. From {@code kafkaDefaults} (the {@code kafka.*} configuration without the prefix)
     * only how to connect is taken: {@code security.protocol}, {@code sasl.*} and {@code ssl.*}, and only
     * non-blank values, so that an unset {@code ${KAFKA_SASL_JAAS_CONFIG:}} leaves the local, unauthenticated
     * broker working. The relay's own delivery settings below always win.
     */
    static Map<String, Object> settings(String bootstrapServers, OutboxConfig config, Map<String, ?> kafkaDefaults) {
        Map<String, Object> settings = connection(bootstrapServers, kafkaDefaults);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long timeout = config.sendTimeout().toMillis();
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 5_000L));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout, 5_000L));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, 5_005L + 5));
        settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, (int) Duration.ofSeconds(1).toMillis());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }

    /** How to reach the broker, for the producer and for {@link OutboxTopics}' admin client alike. */
    static Map<String, Object> connection(String bootstrapServers, Map<String, ?> kafkaDefaults) {
        Map<String, Object> settings = new HashMap<>();
        kafkaDefaults.forEach((key, value) -> {
            boolean connection = key.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG) || key.startsWith("sasl.")
                    || key.startsWith("ssl.");
            if (connection && value != null && !value.toString().isBlank()) {
                settings.put(key, value);
            }
        });
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return settings;
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }
}
