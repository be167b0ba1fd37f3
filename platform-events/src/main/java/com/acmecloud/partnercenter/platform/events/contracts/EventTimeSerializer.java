package com.acmecloud.partnercenter.platform.events.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An event's {@code time} in UTC with milliseconds ({@code 2026-12-02T04:06:52.123Z}): events of one
 * second keep their order for a reader. API instants keep Huawei's second precision.
 */
public final class EventTimeSerializer extends StdSerializer<Instant> {

    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public EventTimeSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(FORMAT.format(value));
    }
}
