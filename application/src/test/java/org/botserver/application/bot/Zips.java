package org.botserver.application.bot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip uploads in memory, including the malicious kinds. */
public final class Zips {

    private Zips() {
    }

    /** A zip of entry name/text pairs. */
    public static byte[] zip(String... namesAndTexts) {
        byte[][] contents = new byte[namesAndTexts.length / 2][];
        String[] names = new String[contents.length];
        for (int i = 0; i < contents.length; i++) {
            names[i] = namesAndTexts[2 * i];
            contents[i] = namesAndTexts[2 * i + 1].getBytes(StandardCharsets.UTF_8);
        }
        return zip(names, contents);
    }

    public static byte[] zip(String[] names, byte[][] contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Marks the named entry a Unix symbolic link in the central directory, as `zip --symlinks` would. */
    public static byte[] withSymlink(byte[] zip, String name) {
        byte[] patched = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < patched.length; at++) {
            if (buffer.getInt(at) != 0x02014b50) continue;
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            if (new String(patched, at + 46, nameLength, StandardCharsets.UTF_8).equals(name) && nameLength == wanted.length) {
                buffer.putShort(at + 4, (short) (3 << 8 | 20));
                buffer.putInt(at + 38, 0120777 << 16);
                return patched;
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }
}
