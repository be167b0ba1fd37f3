package com.acmecloud.partnercenter.platform.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string holds a control character ({@link ControlCharacters}). A mapping exception, so Jackson adds the
 * path of the field as it unwinds; the error mappers answer CBC.0100 naming that field.
 */
public class ControlCharacterException extends JsonMappingException {

    public ControlCharacterException(JsonParser parser) {
        super(parser, ControlCharacters.REASON);
    }
}
