package com.acmecloud.partnercenter.platform.events.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Writes and reads the CloudEvents envelope with the suite's wire format. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;

    CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent envelope(EventType<?> type, String source, String subject, Object data, Instant time) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), type.type(), source, time,
                subject, CloudEvent.JSON, mapper.valueToTree(data));
    }

    public String encode(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialised: " + event.type(), e);
        }
    }

    /** @throws UndecodableEventException when the text is not a CloudEvents JSON envelope */
    public CloudEvent decode(String json) {
        CloudEvent event;
        try {
            event = json == null ? null : mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new UndecodableEventException("not a JSON CloudEvent: " + e.getOriginalMessage());
        }
        if (event == null || event.id() == null || event.type() == null || event.data() == null) {
            throw new UndecodableEventException("CloudEvent lacks id, type or data");
        }
        try {
            UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new UndecodableEventException("CloudEvent id is not a UUID");
        }
        return event;
    }

    public <T> T payload(CloudEvent event, EventType<T> type) {
        if (!type.type().equals(event.type())) {
            throw new UndecodableEventException("expected " + type.type() + " but got " + event.type());
        }
        try {
            return mapper.treeToValue(event.data(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new UndecodableEventException("payload of " + event.type() + " is malformed: " + e.getOriginalMessage());
        }
    }
}
