package com.acmecloud.partnercenter.platform.events.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * CloudEvents 1.0 structured JSON envelope. The Kafka key is the partner id, so one partner's events
 * stay in order; {@code subject} names the object the event is about.
 */
@JsonPropertyOrder({"specversion", "id", "type", "source", "time", "subject", "datacontenttype", "data"})
public record CloudEvent(
        String specversion,
        String id,
        String type,
        String source,
        @JsonSerialize(using = EventTimeSerializer.class) Instant time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
