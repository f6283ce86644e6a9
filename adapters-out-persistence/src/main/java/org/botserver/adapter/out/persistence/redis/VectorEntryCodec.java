package org.botserver.adapter.out.persistence.redis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.botserver.application.cache.VectorEntry;
import org.botserver.application.knowledge.Embedding;

/** A vector entry as one Redis list element: the key's length and UTF-8 bytes, then the floats, little-endian. */
final class VectorEntryCodec {

    private VectorEntryCodec() {}

    static byte[] encode(VectorEntry entry) {
        byte[] key = entry.key().getBytes(StandardCharsets.UTF_8);
        float[] values = entry.embedding().values();
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + key.length + values.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(key.length).put(key);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static VectorEntry decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int keyLength = buffer.getInt();
        if (keyLength < 0 || keyLength > buffer.remaining() || (buffer.remaining() - keyLength) % Float.BYTES != 0) {
            throw new IllegalArgumentException("Not a vector entry: " + bytes.length + " bytes");
        }
        byte[] key = new byte[keyLength];
        buffer.get(key);
        float[] values = new float[buffer.remaining() / Float.BYTES];
        buffer.asFloatBuffer().get(values);
        return new VectorEntry(new String(key, StandardCharsets.UTF_8), new Embedding(values));
    }
}
