package com.acmecloud.partnercenter.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A real single-node KRaft Kafka broker in the test JVM. It can be stopped and started again on the same
 * port and log directory, so tests can take the broker away and bring it back.
 *
 * <p>It creates a topic on first use ({@code auto.create.topics.enable=true}) unless the init argument
 * {@value #AUTO_CREATE_TOPICS} is {@code false}, as in production, where topics are declared (Strimzi KafkaTopic):
 * a test profile that lists this resource with that argument gets a broker of its own that answers "unknown topic"
 * to a topic nobody created.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: {@code false} for a broker that does not create topics on first use. */
    public static final String AUTO_CREATE_TOPICS = "auto-create-topics";

    private static EmbeddedKafkaBroker broker;
    private static boolean autoCreateTopics = true;
    private static int port;
    private static int controllerPort;
    private static Path logDir;
    private static String clusterId;

    @Override
    public void init(Map<String, String> initArgs) {
        autoCreateTopics = Boolean.parseBoolean(initArgs.getOrDefault(AUTO_CREATE_TOPICS, "true"));
    }

    @Override
    public Map<String, String> start() {
        port = freePort();
        controllerPort = freePort();
        clusterId = UUID.randomUUID().toString();
        try {
            logDir = Files.createTempDirectory("pc-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startBroker();
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        stopBroker();
        autoCreateTopics = true;
    }

    public static String bootstrapServers() {
        return "localhost:" + port;
    }

    public static KafkaCompanion companion() {
        return new KafkaCompanion(bootstrapServers());
    }

    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public static synchronized void startBroker() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(clusterId)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDir.toString());
                    properties.put("offsets.topic.replication.factor", "1");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    properties.put("num.partitions", "3");
                    properties.put("auto.create.topics.enable", String.valueOf(autoCreateTopics));
                })
                .start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
