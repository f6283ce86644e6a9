package org.botserver.domain.basic.builtins;

import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Writes a value as JSON text: numbers plainly, dates as ISO text, compact or indented by two spaces. */
final class JsonWriter {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** Arrays may hold themselves (a[0] = a); deeper nesting than this is treated as such a loop. */
    static final int MAX_DEPTH = 256;

    private final Call call;
    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(Call call, boolean pretty) {
        this.call = call;
        this.pretty = pretty;
    }

    static String write(Value value, boolean pretty, Call call) {
        JsonWriter writer = new JsonWriter(call, pretty);
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(Value value, int depth) {
        if (depth > MAX_DEPTH) throw call.fail("cannot write a value nested more than " + MAX_DEPTH + " levels deep");
        if (out.length() > call.context().maxStringLength()) call.textResult(out.toString());
        switch (value) {
            case NullValue n -> out.append("null");
            case BoolValue b -> out.append(b.value());
            case NumberValue n -> out.append(n.asText());
            case TextValue t -> quote(t.value(), out);
            case DateValue d -> quote(ISO.format(d.value()), out);
            case ArrayValue a -> array(a, depth);
            case ObjectValue o -> object(o, depth);
        }
    }

    private void array(ArrayValue array, int depth) {
        if (array.elements().isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) out.append(',');
            newline(depth + 1);
            value(array.elements().get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void object(ObjectValue object, int depth) {
        if (object.fields().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, Value>> fields = object.fields().entrySet().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, Value> field = fields.next();
            newline(depth + 1);
            quote(field.getKey(), out);
            out.append(pretty ? ": " : ":");
            value(field.getValue(), depth + 1);
            if (fields.hasNext()) out.append(',');
        }
        newline(depth);
        out.append('}');
    }

    private void newline(int depth) {
        if (pretty) out.append('\n').append("  ".repeat(depth));
    }

    /** JSON string syntax; also escapes U+2028 and U+2029, which end lines in JavaScript. */
    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') out.append(String.format("\\u%04x", (int) ch));
                    else out.append(ch);
                }
            }
        }
        out.append('"');
    }
}
