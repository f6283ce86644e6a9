package org.botserver.adapter.in.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientFrameDecoderTest {

    private final ClientFrameDecoder decoder = new ClientFrameDecoder();

    @Test
    void a_message_frame_carries_its_content() {
        assertEquals(new ClientFrame.Message("Olá \"Ana\""), decoder.decode("{\"type\":\"message\",\"content\":\"Olá \\\"Ana\\\"\"}"));
    }

    @Test
    void frames_that_are_not_message_objects_are_invalid_with_an_example_of_a_good_one() {
        for (String bad : new String[] {"hello", "[1]", "{\"type\":\"message\"}", "{\"type\":\"ping\",\"content\":\"x\"}",
                "{\"type\":\"message\",\"content\":42}", "{\"type\":"}) {
            ClientFrame.Invalid invalid = assertInstanceOf(ClientFrame.Invalid.class, decoder.decode(bad), bad);
            assertTrue(invalid.reason().contains(ClientFrameDecoder.EXAMPLE), invalid.reason());
        }
    }

    @Test
    void a_frame_nested_deeper_than_32_levels_is_invalid_and_names_the_limit() {
        String deep = "{\"type\":\"message\",\"content\":\"Ana\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        ClientFrame.Invalid invalid = assertInstanceOf(ClientFrame.Invalid.class, decoder.decode(deep));

        assertTrue(invalid.reason().contains("32"), invalid.reason());
    }

    @Test
    void brackets_inside_strings_do_not_count_as_nesting() {
        String content = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\\" {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{";

        assertEquals(new ClientFrame.Message(content),
                decoder.decode("{\"type\":\"message\",\"content\":" + quoted(content) + "}"));
    }

    @Test
    void nesting_of_exactly_32_levels_is_accepted() {
        String frame = "{\"type\":\"message\",\"content\":\"Ana\",\"extra\":" + "[".repeat(31) + "]".repeat(31) + "}";

        assertEquals(new ClientFrame.Message("Ana"), decoder.decode(frame));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
