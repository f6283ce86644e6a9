package org.botserver.domain.basic.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.botserver.domain.basic.value.Value;

/**
 * One BASIC value as bytes, in the tagged form saved dialog states use, so a value kept outside a dialog (bot or
 * user memory) comes back with its type: a date stays a date, a number keeps its scale, shared parts stay shared.
 */
public final class ValueCodec {

    private static final int MAGIC = 0xB6;
    private static final int VERSION = 1;

    private ValueCodec() {
    }

    public static byte[] toBytes(Value value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MAGIC);
            out.writeByte(VERSION);
            new ValueWriter(out).write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a value this codec wrote */
    public static Value fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readUnsignedByte() != MAGIC || in.readUnsignedByte() != VERSION) {
                throw new IllegalArgumentException("Not a stored BASIC value of format " + VERSION + ".");
            }
            Value value = new ValueReader(in).read();
            if (in.available() > 0) throw new IllegalArgumentException("A stored BASIC value has bytes after its end.");
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("A stored BASIC value is damaged: " + e.getMessage(), e);
        }
    }
}
