package org.botserver.domain.basic.builtins;

import java.util.Map;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Writes a value as block-style YAML, indenting by two spaces and quoting text only when YAML would misread it. */
final class YamlWriter {

    /** Words YAML 1.1 or 1.2 readers turn into booleans or null, so "no" must stay quoted to stay text. */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)~|null|true|false|yes|no|y|n|on|off|\\.inf|-\\.inf|\\.nan|<<|=");
    private static final Pattern SAFE = Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s\\d.+][^\\x00-\\x1f\\u2028\\u2029]*");

    private final Call call;
    private final StringBuilder out = new StringBuilder();

    private YamlWriter(Call call) {
        this.call = call;
    }

    static String write(Value value, Call call) {
        YamlWriter writer = new YamlWriter(call);
        if (isBlock(value)) writer.block(value, 0, 0);
        else writer.out.append(scalar(value));
        return writer.out.toString();
    }

    private static boolean isBlock(Value value) {
        return value instanceof ArrayValue a && !a.elements().isEmpty()
                || value instanceof ObjectValue o && !o.fields().isEmpty();
    }

    /** Writes a non-empty array or object whose first line continues the current one, the rest at {@code indent}. */
    private void block(Value value, int indent, int depth) {
        if (depth > JsonWriter.MAX_DEPTH) throw call.fail("cannot write a value nested more than " + JsonWriter.MAX_DEPTH + " levels deep");
        if (out.length() > call.context().maxStringLength()) call.textResult(out.toString());
        boolean first = true;
        if (value instanceof ArrayValue array) {
            for (Value element : array.elements()) {
                line(first, indent).append("- ");
                first = false;
                child(element, indent + 2, depth);
            }
        } else {
            for (Map.Entry<String, Value> field : ((ObjectValue) value).fields().entrySet()) {
                line(first, indent).append(scalar(new TextValue(field.getKey()))).append(':');
                first = false;
                if (isBlock(field.getValue())) {
                    out.append('\n').append(" ".repeat(indent + 2));
                    block(field.getValue(), indent + 2, depth + 1);
                } else {
                    out.append(' ').append(scalar(field.getValue()));
                }
            }
        }
    }

    /** The first line of a block continues the current one (after "- " or an indent already written). */
    private StringBuilder line(boolean first, int indent) {
        if (!first) out.append('\n').append(" ".repeat(indent));
        return out;
    }

    private void child(Value element, int indent, int depth) {
        if (isBlock(element)) block(element, indent, depth + 1);
        else out.append(scalar(element));
    }

    static String scalar(Value value) {
        return switch (value) {
            case NullValue n -> "null";
            case BoolValue b -> b.value() ? "true" : "false";
            case NumberValue n -> n.asText();
            case DateValue d -> JsonWriter.ISO.format(d.value());
            case ArrayValue a -> "[]";
            case ObjectValue o -> "{}";
            case TextValue t -> text(t.value());
        };
    }

    private static String text(String s) {
        boolean plain = SAFE.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.contains(": ")
                && !s.contains(" #") && !s.endsWith(":") && s.equals(s.strip());
        if (plain) return s;
        StringBuilder quoted = new StringBuilder();
        JsonWriter.quote(s, quoted);
        return quoted.toString();
    }
}
