package org.botserver.domain.basic.runtime;

import static org.botserver.domain.basic.runtime.ValueWriter.*;

import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.*;

/** Reads what {@link ValueWriter} wrote, resolving references to arrays and objects read before. */
final class ValueReader {

    private final DataInputStream in;
    private final List<Value> containers = new ArrayList<>();

    ValueReader(DataInputStream in) {
        this.in = in;
    }

    Value read() throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> NullValue.NULL;
            case TRUE -> BoolValue.TRUE;
            case FALSE -> BoolValue.FALSE;
            case NUMBER -> {
                int scale = in.readInt();
                byte[] unscaled = new byte[length()];
                in.readFully(unscaled);
                yield new NumberValue(new BigDecimal(new BigInteger(unscaled), scale));
            }
            case TEXT -> new TextValue(text());
            case DATE -> new DateValue(LocalDateTime.of(LocalDate.ofEpochDay(in.readLong()),
                    LocalTime.ofNanoOfDay(in.readLong())));
            case ARRAY -> {
                int size = length();
                List<Value> elements = new ArrayList<>(Math.min(size, 1024));
                ArrayValue array = new ArrayValue(elements);
                containers.add(array);
                for (int i = 0; i < size; i++) elements.add(read());
                yield array;
            }
            case OBJECT -> {
                int size = length();
                Map<String, Value> fields = new LinkedHashMap<>();
                ObjectValue object = new ObjectValue(fields);
                containers.add(object);
                for (int i = 0; i < size; i++) fields.put(text(), read());
                yield object;
            }
            case REF -> {
                int index = in.readInt();
                if (index < 0 || index >= containers.size()) throw new IOException("reference " + index + " to nothing");
                yield containers.get(index);
            }
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    String text() throws IOException {
        byte[] utf8 = new byte[length()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    String nullableText() throws IOException {
        return in.readBoolean() ? text() : null;
    }

    Value slot() throws IOException {
        return in.readBoolean() ? read() : null;
    }

    private int length() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("length " + n + " past the end of the data");
        return n;
    }
}
