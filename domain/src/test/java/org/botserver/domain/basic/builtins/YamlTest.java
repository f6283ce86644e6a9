package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlTest {

    @Test
    void toyaml_writes_nested_objects_and_arrays_in_block_style() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", "P-1");
        item.put("qty", 2);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customer", "Ana");
        order.put("total", new BigDecimal("112.50"));
        order.put("paid", false);
        order.put("note", null);
        order.put("when", LocalDateTime.of(2026, 11, 25, 14, 5));
        order.put("tags", List.of("fast", "hot"));
        order.put("items", List.of(item));
        order.put("matrix", List.of(List.of(1, 2), List.of()));
        order.put("address", Map.of("city", "Rio"));
        order.put("empty", Map.of());
        assertEquals("""
                customer: Ana
                total: 112.5
                paid: false
                note: null
                when: 2026-11-25T14:05:00
                tags:
                  - fast
                  - hot
                items:
                  - sku: P-1
                    qty: 2
                matrix:
                  - - 1
                    - 2
                  - []
                address:
                  city: Rio
                empty: {}""", text("TOYAML", order));
    }

    @ParameterizedTest(name = "TOYAML(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain text        | plain text
            São Paulo         | São Paulo
            ''                | '""'
            yes               | '"yes"'
            No                | '"No"'
            null              | '"null"'
            42                | '"42"'
            3.5               | '"3.5"'
            a: b              | '"a: b"'
            '- item'          | '"- item"'
            '#tag'            | '"#tag"'
            'x #y'            | '"x #y"'
            '@user'           | '"@user"'
            key:              | '"key:"'
            ' padded'         | '" padded"'
            it's              | it's
            """)
    void toyaml_quotes_text_only_when_yaml_would_misread_it(String input, String expected) {
        assertEquals(expected, text("TOYAML", input));
    }

    @Test
    void toyaml_quotes_multiline_text_and_keys_that_need_it() {
        assertEquals("\"line1\\nline2\"", text("TOYAML", "line1\nline2"));
        assertEquals("\"1\": one\n\"a b: c\": two", text("TOYAML", map("1", "one", "a b: c", "two")));
    }

    @Test
    void toyaml_writes_scalars_and_empty_collections_inline() {
        assertEquals("7", text("TOYAML", 7));
        assertEquals("true", text("TOYAML", true));
        assertEquals("null", text("TOYAML", (Object) null));
        assertEquals("[]", text("TOYAML", List.of()));
        assertEquals("{}", text("TOYAML", Map.of()));
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
