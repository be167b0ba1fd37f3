package com.acmecloud.partnercenter.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The relay's producer connects as the service's channels do: with the broker's authentication settings. */
class OutboxProducerFactoryTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"customer-service\" password=\"not-a-real-password\";";

    /** The relay's settings with their defaults, as OutboxConfig documents them. */
    static final OutboxConfig CONFIG = new OutboxConfig() {
        @Override
        public String source() {
            return "/customer-service";
        }

        @Override
        public String pollInterval() {
            return "5s";
        }

        @Override
        public int batchSize() {
            return 500;
        }

        @Override
        public Duration maxAge() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration sendTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public int parkAfterAttempts() {
            return 5;
        }

        @Override
        public Duration refusedRetryInterval() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration retention() {
            return Duration.ofDays(7);
        }
    };

    @Test
    void theSaslSettingsOfTheKafkaConfigurationReachTheRelaysProducer() {
        Map<String, Object> kafkaDefaults = new HashMap<>();
        kafkaDefaults.put("bootstrap.servers", "partner-center-kafka-bootstrap:9092");
        kafkaDefaults.put("security.protocol", "SASL_PLAINTEXT");
        kafkaDefaults.put("sasl.mechanism", "SCRAM-SHA-512");
        kafkaDefaults.put("sasl.jaas.config", JAAS);

        Map<String, Object> settings = OutboxProducerFactory.settings("partner-center-kafka-bootstrap:9092", CONFIG, kafkaDefaults);

        assertThat(settings)
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "partner-center-kafka-bootstrap:9092");
    }

    @Test
    void unsetSettingsAreLeftOutSoTheLocalBrokerNeedsNoCredentials() {
        // what ${KAFKA_SASL_MECHANISM:} and ${KAFKA_SASL_JAAS_CONFIG:} give without the variables: empty strings
        Map<String, Object> kafkaDefaults = new HashMap<>();
        kafkaDefaults.put("security.protocol", "PLAINTEXT");
        kafkaDefaults.put("sasl.mechanism", "");
        kafkaDefaults.put("sasl.jaas.config", " ");

        Map<String, Object> settings = OutboxProducerFactory.settings("127.0.0.1:9092", CONFIG, kafkaDefaults);

        assertThat(settings).containsEntry("security.protocol", "PLAINTEXT")
                .doesNotContainKeys("sasl.mechanism", "sasl.jaas.config");
    }

    @Test
    void onlyConnectionSettingsAreTakenAndTheRelaysDeliverySettingsWin() {
        Map<String, Object> kafkaDefaults = new HashMap<>();
        kafkaDefaults.put("group.id", "customer-service");
        kafkaDefaults.put("acks", "1");
        kafkaDefaults.put("enable.idempotence", "false");
        kafkaDefaults.put("ssl.truststore.type", "PEM");

        Map<String, Object> settings = OutboxProducerFactory.settings("127.0.0.1:9092", CONFIG, kafkaDefaults);

        assertThat(settings).doesNotContainKey("group.id")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-customer-service");
    }
}
