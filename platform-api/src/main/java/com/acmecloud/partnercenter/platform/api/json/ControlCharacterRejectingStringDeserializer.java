package com.acmecloud.partnercenter.platform.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Jackson's own String reading (with its coercion rules), refusing a value that holds a control character. */
final class ControlCharacterRejectingStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (ControlCharacters.containsForbidden(value)) {
            throw new ControlCharacterException(parser);
        }
        return value;
    }
}
