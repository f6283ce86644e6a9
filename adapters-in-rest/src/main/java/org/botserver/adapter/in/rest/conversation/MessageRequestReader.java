package org.botserver.adapter.in.rest.conversation;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads the body of a message, the server's most frequent request, with JSON-P's streaming parser: the same
 * {@link MessageRequest} JSON-B reads (unknown members ignored, the last {@code content} wins, a scalar taken as
 * its text), without JSON-B's per-call reflection and parser set-up.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class MessageRequestReader implements MessageBodyReader<MessageRequest> {

    // Looked up once: JsonProvider.provider() searches the class path on every call of the static Json methods.
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    static final String NOT_A_MESSAGE = "The request body is not valid JSON for this request.";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MessageRequest.class;
    }

    @Override
    public MessageRequest readFrom(Class<MessageRequest> type, Type genericType, Annotation[] annotations,
                                   MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity)
            throws IOException {
        // An empty body is no request at all (the resource says what is missing), not malformed JSON.
        PushbackInputStream body = new PushbackInputStream(entity, 1);
        int first = body.read();
        if (first < 0) return null;
        body.unread(first);
        try (JsonParser parser = PARSERS.createParser(body, StandardCharsets.UTF_8)) {
            return read(parser);
        } catch (JsonException e) {
            // Keeps the cause: the body guards' own failures (too deep, not UTF-8, too large) travel inside it.
            throw new ProcessingException(NOT_A_MESSAGE, e);
        }
    }

    private static MessageRequest read(JsonParser parser) {
        if (parser.next() != JsonParser.Event.START_OBJECT) throw new ProcessingException(NOT_A_MESSAGE);
        String content = null;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            boolean isContent = parser.getString().equals("content");
            JsonParser.Event value = parser.next();
            if (!isContent) {
                skip(parser, value);
                continue;
            }
            content = switch (value) {
                case VALUE_STRING, VALUE_NUMBER -> parser.getString();
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> null;
                default -> throw new ProcessingException(NOT_A_MESSAGE);
            };
        }
        return new MessageRequest(content);
    }

    /**
     * Passes over a member's value by its events. Not {@code skipArray}/{@code skipObject}: Parsson's loop forever on
     * a body that ends inside the value, where {@code next()} fails as it should.
     */
    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value != JsonParser.Event.START_OBJECT && value != JsonParser.Event.START_ARRAY) return;
        for (int depth = 1; depth > 0; ) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> { }
            }
        }
    }
}
