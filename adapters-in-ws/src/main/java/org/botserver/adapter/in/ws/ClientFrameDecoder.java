package org.botserver.adapter.in.ws;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.Decoder;
import java.io.StringReader;

/** Reads a client's text frame; never fails, so a bad frame gets an error reply instead of a closed socket. */
public class ClientFrameDecoder implements Decoder.Text<ClientFrame> {

    static final String EXAMPLE = "{\"type\":\"message\",\"content\":\"Hi\"}";
    /** The same nesting limit as REST bodies; a parser never recurses into a hostile frame. */
    static final int MAX_DEPTH = 32;

    @Override
    public ClientFrame decode(String text) {
        if (nestsDeeperThanLimit(text)) {
            return invalid("A frame may nest objects and arrays at most " + MAX_DEPTH + " levels deep");
        }
        JsonObject frame;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) return invalid("A frame is a JSON object");
            frame = value.asJsonObject();
        } catch (JsonException e) {
            return invalid("A frame is JSON");
        }
        if (!"message".equals(stringOrNull(frame, "type"))) return invalid("The only frame type a client sends is \"message\"");
        String content = stringOrNull(frame, "content");
        if (content == null) return invalid("A message frame needs a content string");
        return new ClientFrame.Message(content);
    }

    @Override
    public boolean willDecode(String text) {
        return true;
    }

    /** Counts brackets outside strings; quotes inside strings are always escaped, so strings are found on chars. */
    static boolean nestsDeeperThanLimit(String text) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) return true;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    private static ClientFrame invalid(String reason) {
        return new ClientFrame.Invalid(reason + ", such as " + EXAMPLE + ".");
    }

    private static String stringOrNull(JsonObject frame, String field) {
        return frame.get(field) instanceof JsonString text ? text.getString() : null;
    }
}
