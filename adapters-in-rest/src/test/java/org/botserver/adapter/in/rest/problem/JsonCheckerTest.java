package org.botserver.adapter.in.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCheckerTest {

    private static String verdict(byte[] body) {
        JsonChecker checker = new JsonChecker();
        for (byte b : body) {
            String problem = checker.accept(b & 0xFF);
            if (problem != null) return problem;
        }
        return checker.inMiddleOfCharacter() ? JsonChecker.NOT_UTF8 : null;
    }

    private static String verdict(String body) {
        return verdict(body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String prefix, int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) out.write(b);
        return out.toByteArray();
    }

    @Test
    void ordinary_json_in_any_script_passes() {
        assertNull(verdict("{\"content\":\"Olá, 世界 ✓ 😀\",\"list\":[1,[2,{\"a\":null}]]}"));
    }

    @Test
    void thirty_two_levels_pass_and_the_thirty_third_is_refused() {
        assertNull(verdict("[".repeat(32) + "]".repeat(32)));
        assertEquals(JsonChecker.TOO_DEEP, verdict("[".repeat(33)));
        assertEquals(JsonChecker.TOO_DEEP, verdict("{\"a\":".repeat(33)));
    }

    @Test
    void brackets_inside_strings_do_not_count_even_after_escaped_quotes() {
        assertNull(verdict("{\"content\":\"" + "[{".repeat(100) + "\\\"" + "[".repeat(100) + "\"}"));
        assertEquals(JsonChecker.TOO_DEEP, verdict("[\"\\\\\"" + ",[".repeat(40)));
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xFF)));
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xC3, 0x28)));
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xC0, 0xAF)), "overlong slash");
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xED, 0xA0, 0x80)), "a surrogate");
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xF4, 0x90, 0x80, 0x80)), "past U+10FFFF");
        assertEquals(JsonChecker.NOT_UTF8, verdict(bytes("{\"content\":\"", 0xE2, 0x9C)), "cut short");
    }
}
