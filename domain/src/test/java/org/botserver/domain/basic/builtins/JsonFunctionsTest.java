package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.botserver.domain.basic.builtins.BuiltinCalls.limited;
import static org.botserver.domain.basic.builtins.BuiltinCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.basic.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {

    private static Map<String, Object> order() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", 7);
        order.put("customer", "Ana \"Bia\" Silva");
        order.put("total", new BigDecimal("112.50"));
        order.put("paid", true);
        order.put("note", null);
        order.put("items", List.of("pizza", "soda"));
        order.put("when", LocalDateTime.of(2026, 11, 25, 14, 5));
        return order;
    }

    @Test
    void tojson_writes_compact_json_with_numbers_plainly() {
        assertEquals("{\"id\":7,\"customer\":\"Ana \\\"Bia\\\" Silva\",\"total\":112.5,\"paid\":true,\"note\":null,"
                + "\"items\":[\"pizza\",\"soda\"],\"when\":\"2026-11-25T14:05:00\"}", text("TOJSON", order()));
    }

    @Test
    void tojson_indents_by_two_spaces_when_asked() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", 1);
        value.put("tags", List.of("a", List.of()));
        value.put("empty", Map.of());
        assertEquals("""
                {
                  "id": 1,
                  "tags": [
                    "a",
                    []
                  ],
                  "empty": {}
                }""", text("TOJSON", value, true));
    }

    @Test
    void tojson_escapes_quotes_backslashes_and_controls_exactly() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t u\\u0001 ls\\u2028\"", text("TOJSON", "q\" b\\ n\n t\t u\u0001 ls\u2028"));
        assertEquals("null", text("TOJSON", (Object) null));
        assertEquals("0.3", text("TOJSON", new BigDecimal("0.30")));
    }

    @Test
    void json_parse_reads_objects_arrays_and_scalars() {
        Value parsed = call("JSON PARSE", """
                { "name": "Ana", "age": 31, "price": 0.1, "big": 1e3, "ok": true, "none": null,
                  "tags": ["x", {"deep": [false]}], "esc": "line\\nnext \\u00e9 \\ud83d\\udc4d \\/" }""");
        ObjectValue object = (ObjectValue) parsed;
        assertEquals(new TextValue("Ana"), object.get("NAME"));
        assertEquals(NumberValue.of(31), object.get("age"));
        assertEquals(new NumberValue(new BigDecimal("0.1")), object.get("price"));
        assertEquals("1000", object.get("big").asText());
        assertEquals(BoolValue.TRUE, object.get("ok"));
        assertEquals(NullValue.NULL, object.get("none"));
        assertEquals(2, ((ArrayValue) object.get("tags")).size());
        assertEquals(new TextValue("line\nnext é 👍 /"), object.get("esc"));
        assertEquals(List.of("name", "age", "price", "big", "ok", "none", "tags", "esc"), List.copyOf(object.fields().keySet()));
    }

    @Test
    void json_parse_is_found_under_spaced_and_joined_names() {
        assertEquals(NumberValue.of(5), call("json   parse", " 5 "));
        assertEquals(Values.of(List.of(1, 2)), call("PARSEJSON", "[1,2]"));
    }

    @Test
    void json_round_trips_through_tojson() {
        Value original = Values.of(order());
        assertEquals(text("TOJSON", original), text("TOJSON", call("JSON PARSE", text("TOJSON", original))));
    }

    @ParameterizedTest(name = "JSON PARSE of {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                   | JSON PARSE found no JSON in an empty text
            '{"a":1,}'           | JSON PARSE found invalid JSON at line 1, column 8: expected a quoted field name
            '[1 2]'              | JSON PARSE found invalid JSON at line 1, column 4: expected ',' or ']' in an array
            '{"a" 1}'            | JSON PARSE found invalid JSON at line 1, column 6: expected ':' after the field name
            '{a:1}'              | JSON PARSE found invalid JSON at line 1, column 2: expected a quoted field name
            'tru'                | JSON PARSE found invalid JSON at line 1, column 1: unexpected character 't'
            '01'                 | JSON PARSE found invalid JSON at line 1, column 2: unexpected text after the JSON value
            '"abc'               | JSON PARSE found invalid JSON at line 1, column 1: unterminated string
            '"\\x"'              | JSON PARSE found invalid JSON at line 1, column 4: unknown escape \\x
            '1e999999'           | JSON PARSE found invalid JSON at line 1, column 1: number out of range
            '[1,'                | JSON PARSE found invalid JSON at line 1, column 4: the JSON ends too early
            """)
    void json_parse_refuses_invalid_json_naming_where(String json, String message) {
        assertEquals(message, assertThrows(BuiltinException.class, () -> call("JSON PARSE", json)).getMessage());
    }

    @Test
    void json_parse_counts_lines_in_errors() {
        assertEquals("JSON PARSE found invalid JSON at line 3, column 3: unexpected character 'x'",
                assertThrows(BuiltinException.class, () -> call("JSON PARSE", "[\n 1,\n  x]")).getMessage());
    }

    @Test
    void json_refuses_nesting_and_sizes_beyond_the_limits() {
        String deep = "[".repeat(300) + "]".repeat(300);
        assertThrows(BuiltinException.class, () -> call("JSON PARSE", deep));
        assertEquals("JSON PARSE would make an array of 4 elements, over the limit of 3",
                assertThrows(BuiltinException.class, () -> call(limited(1000, 3), "JSON PARSE", "[1,2,3,4]")).getMessage());
        ArrayValue loop = new ArrayValue(new ArrayList<>());
        loop.elements().add(loop);
        assertEquals("TOJSON cannot write a value nested more than 256 levels deep",
                assertThrows(BuiltinException.class, () -> call("TOJSON", loop)).getMessage());
        assertThrows(BuiltinException.class, () -> call(limited(10, 100), "TOJSON", List.of("0123456789")));
    }
}
