package com.acmecloud.partnercenter.platform.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire format refuses C0 control characters (except tab, line feed, carriage return) in every string. */
class ControlCharactersTest {

    record Item(String name, List<String> tags) {
    }

    record Order(String note, Item item) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new WireFormatCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void aNulInANestedStringIsRefusedWithItsPath() {
        assertThatThrownBy(() -> mapper.readValue("{\"note\":\"ok\",\"item\":{\"name\":\"a\\u0000b\"}}", Order.class))
                .isInstanceOfSatisfying(ControlCharacterException.class, e -> assertThat(path(e)).isEqualTo("item.name"));
        assertThatThrownBy(() -> mapper.readValue("{\"item\":{\"tags\":[\"x\",\"\\u001f\"]}}", Order.class))
                .isInstanceOfSatisfying(ControlCharacterException.class, e -> assertThat(path(e)).isEqualTo("item.tags[1]"));
    }

    @Test
    void tabsLineBreaksAndOtherTextPass() throws Exception {
        Order order = mapper.readValue("{\"note\":\"a\\tb\\r\\nc \\u00e9\\u4e2d\"}", Order.class);

        assertThat(order.note()).isEqualTo("a\tb\r\nc é中");
    }

    @Test
    void whichCharactersAreForbidden() {
        assertThat(ControlCharacters.containsForbidden("\u0000")).isTrue();
        assertThat(ControlCharacters.containsForbidden("\u001b[31m")).isTrue();
        assertThat(ControlCharacters.containsForbidden("\t\n\r")).isFalse();
        assertThat(ControlCharacters.containsForbidden(null)).isFalse();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
