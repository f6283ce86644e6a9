package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Reads strict JSON (RFC 8259) into values, one method per grammar rule: objects keep their field order, numbers are exact. */
final class JsonReader {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    /** Larger exponents would make plain printing allocate gigabytes (1e999999999). */
    private static final int MAX_SCALE = 1000;

    private final JsonCursor cursor;
    private final Call call;

    private JsonReader(JsonCursor cursor, Call call) {
        this.cursor = cursor;
        this.call = call;
    }

    static Value read(String text, Call call) {
        JsonCursor cursor = new JsonCursor(text, call);
        if (cursor.atEnd()) throw call.fail("found no JSON in an empty text");
        Value value = new JsonReader(cursor, call).value(0);
        if (!cursor.atEnd()) throw cursor.error("unexpected text after the JSON value");
        return value;
    }

    private Value value(int depth) {
        if (depth > JsonWriter.MAX_DEPTH) throw cursor.error("nested more than " + JsonWriter.MAX_DEPTH + " levels deep");
        return switch (cursor.peek()) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> new TextValue(cursor.string());
            case 't' -> literal("true", BoolValue.TRUE);
            case 'f' -> literal("false", BoolValue.FALSE);
            case 'n' -> literal("null", NullValue.NULL);
            default -> number();
        };
    }

    private Value object(int depth) {
        ObjectValue object = new ObjectValue(new LinkedHashMap<>());
        cursor.consume('{');
        if (cursor.consume('}')) return object;
        do {
            if (cursor.peek() != '"') throw cursor.error("expected a quoted field name");
            String key = cursor.string();
            if (!cursor.consume(':')) throw cursor.error("expected ':' after the field name");
            object.put(key, value(depth + 1));
        } while (cursor.consume(','));
        if (!cursor.consume('}')) throw cursor.error("expected ',' or '}' in an object");
        return object;
    }

    private Value array(int depth) {
        List<Value> elements = new ArrayList<>();
        cursor.consume('[');
        if (cursor.consume(']')) return new ArrayValue(elements);
        do {
            elements.add(value(depth + 1));
            if (elements.size() > call.context().maxArraySize()) call.arrayResult(elements);
        } while (cursor.consume(','));
        if (!cursor.consume(']')) throw cursor.error("expected ',' or ']' in an array");
        return new ArrayValue(elements);
    }

    private Value literal(String word, Value value) {
        if (!cursor.consume(word)) throw unexpected();
        return value;
    }

    private Value number() {
        Matcher m = NUMBER.matcher(cursor.text()).region(cursor.position(), cursor.text().length());
        if (!m.lookingAt()) throw unexpected();
        BigDecimal n;
        try {
            n = new BigDecimal(m.group());
        } catch (NumberFormatException e) {
            throw cursor.error("number out of range");
        }
        if (Math.abs(n.scale()) > MAX_SCALE) throw cursor.error("number out of range");
        cursor.moveTo(m.end());
        return new NumberValue(n);
    }

    private BuiltinException unexpected() {
        return cursor.error("unexpected character '" + cursor.peek() + "'");
    }
}
