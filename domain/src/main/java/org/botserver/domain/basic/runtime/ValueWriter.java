package org.botserver.domain.basic.runtime;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.botserver.domain.basic.value.*;

/**
 * Writes BASIC values as tagged binary for one saved state. Each array and object is written once; a
 * second use (another variable, an element, itself) is written as a reference to the first, so values
 * shared before saving are still shared after reading, and cycles end.
 */
final class ValueWriter {

    static final int NULL = 0, TRUE = 1, FALSE = 2, NUMBER = 3, TEXT = 4, DATE = 5, ARRAY = 6, OBJECT = 7, REF = 8;

    private final DataOutputStream out;
    private final Map<Object, Integer> written = new IdentityHashMap<>();

    ValueWriter(DataOutputStream out) {
        this.out = out;
    }

    void write(Value v) throws IOException {
        switch (v) {
            case NullValue n -> out.writeByte(NULL);
            case BoolValue b -> out.writeByte(b.value() ? TRUE : FALSE);
            case NumberValue n -> {
                out.writeByte(NUMBER);
                out.writeInt(n.value().scale());
                byte[] unscaled = n.value().unscaledValue().toByteArray();
                out.writeInt(unscaled.length);
                out.write(unscaled);
            }
            case TextValue t -> {
                out.writeByte(TEXT);
                text(t.value());
            }
            case DateValue d -> {
                out.writeByte(DATE);
                out.writeLong(d.value().toLocalDate().toEpochDay());
                out.writeLong(d.value().toLocalTime().toNanoOfDay());
            }
            case ArrayValue a -> {
                if (reference(a.elements())) return;
                out.writeByte(ARRAY);
                out.writeInt(a.size());
                for (Value e : a.elements()) write(e);
            }
            case ObjectValue o -> {
                if (reference(o.fields())) return;
                out.writeByte(OBJECT);
                out.writeInt(o.fields().size());
                for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                    text(e.getKey());
                    write(e.getValue());
                }
            }
        }
    }

    /** Writes a reference when the container (identified by its mutable contents) was written before. */
    private boolean reference(Object contents) throws IOException {
        Integer seen = written.get(contents);
        if (seen == null) {
            written.put(contents, written.size());
            return false;
        }
        out.writeByte(REF);
        out.writeInt(seen);
        return true;
    }

    /** Length-prefixed UTF-8, since writeUTF stops at 64 KB and texts may be megabytes. */
    void text(String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    void nullableText(String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) text(s);
    }

    /** A variable slot: unset (null) is kept apart from NULL, since a SUB's writes depend on it. */
    void slot(Value v) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) write(v);
    }
}
