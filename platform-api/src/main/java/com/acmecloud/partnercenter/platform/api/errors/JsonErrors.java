package com.acmecloud.partnercenter.platform.api.errors;

import com.acmecloud.partnercenter.platform.api.json.ControlCharacterException;
import com.acmecloud.partnercenter.platform.api.json.ControlCharacters;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Explains unreadable JSON in the caller's terms: which field, what was expected. Never names a Java type. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Response toResponse(ErrorResponder responder, JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return responder.respond(CbcError.PARAMETER_ERROR, "The request body is not well-formed JSON.", List.of());
        }
        String field = fieldOf(mapping);
        if (mapping instanceof ControlCharacterException) {
            return responder.respond(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, ControlCharacters.REASON)));
        }
        String reason = reasonOf(mapping);
        return responder.respond(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                List.of(ErrorDetail.of(field, CbcError.INVALID_PARAMETER, reason)));
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class
                || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of the documented type";
    }
}
