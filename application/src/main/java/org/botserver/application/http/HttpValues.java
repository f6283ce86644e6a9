package org.botserver.application.http;

import java.nio.charset.StandardCharsets;
import org.botserver.application.capability.JsonValues;
import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * BASIC values as request bodies (objects and arrays as JSON, anything else as UTF-8 text, NULL as no body) and
 * response bodies as values (JSON content types as objects, arrays, numbers..., everything else as text).
 */
final class HttpValues {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /** A request body and the content type that goes with it when the dialog set none. */
    record Body(byte[] bytes, String contentType) {
    }

    private HttpValues() {
    }

    static Body body(Value value) {
        return switch (value) {
            case NullValue none -> new Body(new byte[0], "");
            case ObjectValue object -> new Body(utf8(JsonValues.write(object)), JSON);
            case ArrayValue array -> new Body(utf8(JsonValues.write(array)), JSON);
            default -> new Body(utf8(value.asText()), TEXT);
        };
    }

    /** @throws IllegalArgumentException when the answer says it is JSON but is not */
    static Value of(FetchResponse response) {
        String text = response.text();
        if (!response.isJson() || text.isBlank()) return new TextValue(text);
        try {
            return JsonValues.read(text);
        } catch (BuiltinException e) {
            throw new IllegalArgumentException("the answer says it is JSON but is not (" + e.getMessage() + ").");
        }
    }

    /** The start of an error answer's body, on one line, for the error message. */
    static String excerpt(FetchResponse response) {
        String text = response.text().replaceAll("\\s+", " ").strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
