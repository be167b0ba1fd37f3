package com.acmecloud.partnercenter.suite;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.vertx.core.json.JsonObject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What became of the events of accepted writes, seen from outside the services: the records on {@code partner.events}
 * and {@code customer.events} (read from the beginning), the services' outbox rows and customer-service's
 * {@code processed_event} and {@code partner_projection} rows. Only tests read another service's tables. Not
 * thread-safe: one thread reads it.
 */
final class EventPipeline implements AutoCloseable {

    static final String REGISTERED = "partner.registered.v1";
    static final String SUB_CUSTOMER_CREATED = "customer.sub_customer_created.v1";

    /** One record on a topic: its CloudEvent id, type, subject and data, and the Kafka key. */
    record Published(String eventId, String type, String subject, String key, JsonObject data) {

        static Published of(ConsumerRecord<String, String> record) {
            JsonObject event = new JsonObject(record.value());
            JsonObject data = event.getValue("data") instanceof JsonObject object ? object : new JsonObject();
            return new Published(event.getString("id"), event.getString("type"), event.getString("subject"),
                    record.key(), data);
        }
    }

    /** Outbox rows of one event type for some partition keys: how many, how many sent, how many parked. */
    record OutboxRows(long total, long sent, long parked) {
    }

    private final Suite suite;
    private final TopicReader partnerEvents = new TopicReader("partner.events");
    private final TopicReader customerEvents = new TopicReader("customer.events");
    private final TopicReader billingEvents = new TopicReader("billing.events");

    EventPipeline(Suite suite) {
        this.suite = suite;
    }

    /** partner.registered records of these partners (duplicates included), after one more poll. */
    List<Published> registrations(Collection<String> partnerIds) {
        Set<String> keys = Set.copyOf(partnerIds);
        return read(partnerEvents, record -> keys.contains(record.key()), REGISTERED);
    }

    /** customer.sub_customer_created records of these customers (duplicates included), after one more poll. */
    List<Published> subCustomersCreated(Collection<String> customerIds) {
        Set<String> subjects = Set.copyOf(customerIds);
        return read(customerEvents, record -> true, SUB_CUSTOMER_CREATED).stream()
                .filter(published -> subjects.contains(published.subject())).toList();
    }

    /** The records of these types on billing.events so far (duplicates included), after one more poll. */
    List<Published> billingEvents(Collection<String> types) {
        Set<String> wanted = Set.copyOf(types);
        return billingEvents.received(record -> true).stream().map(Published::of)
                .filter(published -> wanted.contains(published.type())).toList();
    }

    /** Whether every one of these partners' registrations is on partner.events and customer-service projected it. */
    boolean registrationsApplied(Collection<String> partnerIds) throws SQLException {
        Set<String> onTopic = registrations(partnerIds).stream().map(Published::key).collect(Collectors.toSet());
        return onTopic.size() == Set.copyOf(partnerIds).size() && registeredInProjection(partnerIds) == onTopic.size();
    }

    /** Whether a sub_customer_created record of every one of these customers is on customer.events. */
    boolean subCustomersPublished(Collection<String> customerIds) {
        return subCustomersCreated(customerIds).stream().map(Published::subject).distinct().count()
                == Set.copyOf(customerIds).size();
    }

    /** customer-service's partner_projection rows of these partners that are registered. */
    long registeredInProjection(Collection<String> partnerIds) throws SQLException {
        try (Connection connection = suite.customerDatabase().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM partner_projection WHERE registered AND partner_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", partnerIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** customer-service's processed_event rows per event id, for these event ids (absent: never applied). */
    Map<String, Long> timesApplied(Collection<String> eventIds) throws SQLException {
        return timesApplied(suite.customerDatabase(), "customer-service", eventIds);
    }

    /** A service's processed_event rows of one consumer per event id, for these event ids (absent: never applied). */
    static Map<String, Long> timesApplied(Suite.Database database, String consumer, Collection<String> eventIds)
            throws SQLException {
        Map<String, Long> applied = new HashMap<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT event_id, count(*) FROM processed_event
                     WHERE consumer = ? AND event_id = ANY (?) GROUP BY event_id""")) {
            Array ids = connection.createArrayOf("uuid", eventIds.stream().map(UUID::fromString).toArray());
            statement.setString(1, consumer);
            statement.setArray(2, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return applied;
    }

    /** partner-service's outbox rows of registrations of these partners. */
    OutboxRows partnerOutbox(Collection<String> partnerIds) throws SQLException {
        return outbox(suite.partnerDatabase(), REGISTERED, partnerIds);
    }

    /** customer-service's outbox rows of sub-customers created for these partners. */
    OutboxRows customerOutbox(Collection<String> partnerIds) throws SQLException {
        return outbox(suite.customerDatabase(), SUB_CUSTOMER_CREATED, partnerIds);
    }

    /** A service's outbox rows not yet handed to the broker. */
    static long unsentOutboxRows(Suite.Database database) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static OutboxRows outbox(Suite.Database database, String eventType, Collection<String> keys)
            throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT count(*), count(sent_at), count(parked_at) FROM outbox_event
                     WHERE event_type = ? AND partition_key = ANY (?)""")) {
            statement.setString(1, eventType);
            statement.setArray(2, connection.createArrayOf("varchar", keys.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new OutboxRows(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    private static List<Published> read(TopicReader topic, Predicate<ConsumerRecord<String, String>> filter,
                                        String type) {
        return topic.received(filter).stream().map(Published::of)
                .filter(published -> type.equals(published.type())).toList();
    }

    @Override
    public void close() {
        partnerEvents.close();
        customerEvents.close();
        billingEvents.close();
    }
}
