package org.botserver.domain.basic.runtime;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.*;

/** Writes and reads every kind of BASIC value, nested arrays and objects included, as tagged binary. */
final class ValueCodec {

    private static final int NULL = 0, TRUE = 1, FALSE = 2, NUMBER = 3, TEXT = 4, DATE = 5, ARRAY = 6, OBJECT = 7;

    private ValueCodec() {
    }

    static void write(DataOutputStream out, Value v) throws IOException {
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
                writeText(out, t.value());
            }
            case DateValue d -> {
                out.writeByte(DATE);
                out.writeLong(d.value().toLocalDate().toEpochDay());
                out.writeLong(d.value().toLocalTime().toNanoOfDay());
            }
            case ArrayValue a -> {
                out.writeByte(ARRAY);
                out.writeInt(a.size());
                for (Value e : a.elements()) write(out, e);
            }
            case ObjectValue o -> {
                out.writeByte(OBJECT);
                out.writeInt(o.fields().size());
                for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                    writeText(out, e.getKey());
                    write(out, e.getValue());
                }
            }
        }
    }

    static Value read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> NullValue.NULL;
            case TRUE -> BoolValue.TRUE;
            case FALSE -> BoolValue.FALSE;
            case NUMBER -> {
                int scale = in.readInt();
                byte[] unscaled = new byte[checkedLength(in)];
                in.readFully(unscaled);
                yield new NumberValue(new BigDecimal(new BigInteger(unscaled), scale));
            }
            case TEXT -> new TextValue(readText(in));
            case DATE -> new DateValue(LocalDateTime.of(LocalDate.ofEpochDay(in.readLong()),
                    LocalTime.ofNanoOfDay(in.readLong())));
            case ARRAY -> {
                int size = checkedLength(in);
                List<Value> elements = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) elements.add(read(in));
                yield new ArrayValue(elements);
            }
            case OBJECT -> {
                int size = checkedLength(in);
                Map<String, Value> fields = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) fields.put(readText(in), read(in));
                yield new ObjectValue(fields);
            }
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    /** Length-prefixed UTF-8, since writeUTF stops at 64 KB and texts may be megabytes. */
    static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readText(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[checkedLength(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) writeText(out, s);
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    private static int checkedLength(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("length " + n + " past the end of the data");
        return n;
    }
}
