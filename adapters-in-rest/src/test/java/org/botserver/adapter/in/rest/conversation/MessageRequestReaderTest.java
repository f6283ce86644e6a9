package org.botserver.adapter.in.rest.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body of a message is read as JSON-B reads it into {@link MessageRequest}, and refused where JSON-B refuses it. */
class MessageRequestReaderTest {

    private final MessageRequestReader reader = new MessageRequestReader();

    private MessageRequest read(String body) {
        return read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private MessageRequest read(InputStream body) {
        try {
            return reader.readFrom(MessageRequest.class, MessageRequest.class, null, MediaType.APPLICATION_JSON_TYPE,
                    null, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reads_the_content_with_its_escapes_and_characters_outside_ascii() {
        assertEquals(new MessageRequest("Olá \"Ana\"\n😀"), read("{\"content\":\"Olá \\\"Ana\\\"\\n\\ud83d\\ude00\"}"));
    }

    @Test
    void ignores_unknown_members_of_any_shape() {
        assertEquals(new MessageRequest("hi"),
                read("{\"a\":{\"b\":[1,{\"c\":2}]},\"content\":\"hi\",\"d\":[true,null],\"e\":1.5}"));
    }

    @Test
    void a_missing_or_null_content_is_read_as_no_content_for_the_command_to_refuse() {
        assertEquals(new MessageRequest(null), read("{}"));
        assertEquals(new MessageRequest(null), read("{\"content\":null}"));
    }

    @Test
    void takes_a_scalar_content_as_its_text_and_the_last_of_repeated_members() {
        assertEquals(new MessageRequest("42"), read("{\"content\":42}"));
        assertEquals(new MessageRequest("true"), read("{\"content\":true}"));
        assertEquals(new MessageRequest("second"), read("{\"content\":\"first\",\"content\":\"second\"}"));
    }

    @Test
    void an_empty_body_is_no_request_at_all() {
        assertNull(read(""));
    }

    @Test
    void malformed_json_or_another_shape_is_refused_as_unreadable() {
        for (String body : new String[] {"[1,2", "{\"content\":", "{\"content\":\"hi\"", "{\"a\":1",
                "{\"a\":[1,", "{\"a\":{\"b\":", "[]", "\"hi\"", "{\"content\":[\"a\"]}", "{\"content\":{}}",
                "{content:1}"}) {
            assertThrows(ProcessingException.class, () -> read(body), body);
        }
    }

    @Test
    void a_failure_of_the_body_stream_stays_the_cause_so_its_own_problem_is_answered() {
        IOException guard = new IOException("The request body is not valid UTF-8.");
        InputStream failing = new InputStream() {
            private boolean started;
            @Override public int read() throws IOException {
                if (started) throw guard;
                started = true;
                return '{';
            }
            @Override public int read(byte[] b, int off, int len) throws IOException { throw guard; }
        };

        RuntimeException refused = assertThrows(RuntimeException.class, () -> read(failing));

        boolean found = false;
        for (Throwable t = refused; t != null; t = t.getCause()) found |= t == guard;
        assertTrue(found);
    }

    @Test
    void reads_only_message_requests() {
        assertTrue(reader.isReadable(MessageRequest.class, MessageRequest.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(reader.isReadable(StartRequest.class, StartRequest.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
