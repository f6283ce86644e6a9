package org.botserver.adapter.in.rest.conversation;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the answer to a message, the server's most frequent response, straight to JSON: the same document JSON-B
 * writes (properties in lexicographic order, nulls left out), without its per-call reflection and generator set-up.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MessageResponseWriter implements MessageBodyWriter<MessageResponse> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MessageResponse.class;
    }

    @Override
    public void writeTo(MessageResponse response, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity)
            throws IOException {
        entity.write(json(response).getBytes(StandardCharsets.UTF_8));
    }

    static String json(MessageResponse response) {
        Json json = new Json();
        json.open('{').field("message_id", response.messageId());
        json.list("replies", response.replies(), (out, reply) -> out.open('{').field("content", reply.content())
                .field("id", reply.id()).field("sender", reply.sender()).field("timestamp", reply.timestamp())
                .field("type", reply.type()).close('}'));
        json.list("sources", response.sources(), Json::value);
        json.field("status", response.status());
        json.list("suggestions", response.suggestions(), (out, suggestion) -> out.open('{')
                .field("label", suggestion.label()).field("value", suggestion.value()).close('}'));
        return json.field("timestamp", response.timestamp()).close('}').toString();
    }

    /** A JSON text being written: commas between members and elements, strings escaped as JSON-P escapes them. */
    private static final class Json {
        private final StringBuilder text = new StringBuilder(512);
        private boolean first = true;

        Json open(char bracket) {
            separate();
            text.append(bracket);
            first = true;
            return this;
        }

        Json close(char bracket) {
            text.append(bracket);
            first = false;
            return this;
        }

        Json field(String name, String value) {
            if (value == null) return this;
            name(name);
            return value(value);
        }

        <T> void list(String name, List<T> elements, Element<T> element) {
            if (elements == null) return;
            name(name);
            open('[');
            for (T each : elements) {
                if (each != null) {
                    element.write(this, each);
                } else {
                    separate();
                    text.append("null");
                    first = false;
                }
            }
            close(']');
        }

        Json value(String value) {
            separate();
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> text.append("\\\"");
                    case '\\' -> text.append("\\\\");
                    case '\b' -> text.append("\\b");
                    case '\f' -> text.append("\\f");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> {
                        if (c < 0x20) text.append(String.format("\\u%04x", (int) c));
                        else text.append(c);
                    }
                }
            }
            text.append('"');
            first = false;
            return this;
        }

        private void name(String name) {
            value(name);
            text.append(':');
            first = true;
        }

        private void separate() {
            if (!first) text.append(',');
        }

        @Override public String toString() { return text.toString(); }
    }

    private interface Element<T> {
        void write(Json json, T element);
    }
}
