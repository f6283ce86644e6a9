package org.botserver.application.bot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a zip's central directory for what {@link java.util.zip.ZipInputStream} does not tell: which entries are
 * Unix symbolic links. Only the fixed-size records are read; ZIP64 archives are not accepted (a package is at most
 * a few hundred MB, far below where ZIP64 is needed).
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;

    /** The central directory's entry names, or why it cannot be read. */
    sealed interface Listing {
        record Entries(List<String> names, List<String> symlinks) implements Listing {
        }

        record Unreadable(String reason) implements Listing {
        }
    }

    private ZipDirectory() {
    }

    static Listing read(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        Optional<Integer> end = findEnd(buffer);
        if (end.isEmpty()) return new Listing.Unreadable("The upload is not a zip file.");
        int count = Short.toUnsignedInt(buffer.getShort(end.get() + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end.get() + 16));
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) return new Listing.Unreadable("ZIP64 archives are not accepted.");
        List<String> names = new ArrayList<>();
        List<String> symlinks = new ArrayList<>();
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > zip.length || buffer.getInt(at) != ENTRY_SIGNATURE) {
                return new Listing.Unreadable("The zip file's directory is damaged.");
            }
            int madeBy = Short.toUnsignedInt(buffer.getShort(at + 4)) >>> 8;
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            int mode = buffer.getInt(at + 38) >>> 16;
            if (at + 46 + nameLength > zip.length) return new Listing.Unreadable("The zip file's directory is damaged.");
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            names.add(name);
            if (madeBy == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMLINK_TYPE) symlinks.add(name);
            at += 46 + nameLength + extraLength + commentLength;
        }
        return new Listing.Entries(names, symlinks);
    }

    private static Optional<Integer> findEnd(ByteBuffer buffer) {
        int last = buffer.limit() - END_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) return Optional.of(at);
        }
        return Optional.empty();
    }
}
