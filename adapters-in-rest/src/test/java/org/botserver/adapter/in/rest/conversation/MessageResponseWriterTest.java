package org.botserver.adapter.in.rest.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer to a message is written as the JSON document JSON-B would write for it. */
class MessageResponseWriterTest {

    @Test
    void writes_every_property_in_lexicographic_order() {
        MessageResponse response = new MessageResponse("m1", "2025-03-01T10:00:00Z", "awaiting_input",
                List.of(new ReplyJson("message", "r1", "bot", "Hello", "2025-03-01T10:00:01Z")),
                List.of(new SuggestionJson("yes", "Yes")), List.of("faq.md"));

        assertEquals("{\"message_id\":\"m1\",\"replies\":[{\"content\":\"Hello\",\"id\":\"r1\",\"sender\":\"bot\","
                        + "\"timestamp\":\"2025-03-01T10:00:01Z\",\"type\":\"message\"}],\"sources\":[\"faq.md\"],"
                        + "\"status\":\"awaiting_input\",\"suggestions\":[{\"label\":\"Yes\",\"value\":\"yes\"}],"
                        + "\"timestamp\":\"2025-03-01T10:00:00Z\"}",
                MessageResponseWriter.json(response));
    }

    @Test
    void writes_empty_lists_and_several_elements_with_commas_between_them() {
        MessageResponse response = new MessageResponse("m1", "t", "ended",
                List.of(new ReplyJson("message", "a", "bot", "one", "t1"), new ReplyJson("message", "b", "bot", "two", "t2")),
                List.of(), List.of("x", "y"));

        assertEquals("{\"message_id\":\"m1\",\"replies\":[{\"content\":\"one\",\"id\":\"a\",\"sender\":\"bot\","
                        + "\"timestamp\":\"t1\",\"type\":\"message\"},{\"content\":\"two\",\"id\":\"b\",\"sender\":\"bot\","
                        + "\"timestamp\":\"t2\",\"type\":\"message\"}],\"sources\":[\"x\",\"y\"],\"status\":\"ended\","
                        + "\"suggestions\":[],\"timestamp\":\"t\"}",
                MessageResponseWriter.json(response));
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters_and_keeps_other_text_as_it_is() {
        MessageResponse response = new MessageResponse("m", "t", "active",
                List.of(new ReplyJson("message", "r", "bot", "say \"hi\" \\ now\nnext\ttab\u0001 é 😀 </script>", "t")),
                List.of(), List.of());

        assertTrue(MessageResponseWriter.json(response).contains(
                "\"content\":\"say \\\"hi\\\" \\\\ now\\nnext\\ttab\\u0001 é 😀 </script>\""));
    }

    @Test
    void leaves_out_what_is_null_as_json_b_does() {
        MessageResponse response = new MessageResponse("m", null, "active", List.of(), List.of(), null);

        String json = MessageResponseWriter.json(response);

        assertFalse(json.contains("sources"));
        assertEquals("{\"message_id\":\"m\",\"replies\":[],\"status\":\"active\",\"suggestions\":[]}", json);
    }

    @Test
    void writes_message_responses_only() {
        MessageResponseWriter writer = new MessageResponseWriter();
        assertTrue(writer.isWriteable(MessageResponse.class, MessageResponse.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(StartResponse.class, StartResponse.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
