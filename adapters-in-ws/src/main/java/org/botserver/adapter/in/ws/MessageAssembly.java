package org.botserver.adapter.in.ws;

/**
 * Joins the parts of one client text message as they arrive and stops at a byte limit, so a huge message is
 * refused after its first excess part instead of being held in memory whole.
 */
final class MessageAssembly {

    /** What the parts so far add up to. */
    sealed interface Outcome {
        /** More parts are to come. */
        record Incomplete() implements Outcome {
        }

        /** The whole message, within the limit. */
        record Complete(String text) implements Outcome {
        }

        /** The message has grown past the limit; its parts so far are dropped. */
        record TooBig(long limitBytes) implements Outcome {
        }
    }

    private final long limitBytes;
    private final StringBuilder text = new StringBuilder();
    private long bytes;
    private boolean overflowed;

    MessageAssembly(long limitBytes) {
        if (limitBytes < 1) throw new IllegalArgumentException("The message limit must be at least one byte");
        this.limitBytes = limitBytes;
    }

    /** Adds the next part; once a message is too big, its remaining parts are skipped until the last one. */
    Outcome add(String part, boolean last) {
        if (!overflowed) {
            bytes += utf8Length(part);
            if (bytes > limitBytes) {
                overflowed = true;
                text.setLength(0);
                text.trimToSize();
            } else {
                text.append(part);
            }
        }
        if (overflowed) {
            if (last) reset();
            return new Outcome.TooBig(limitBytes);
        }
        if (!last) return new Outcome.Incomplete();
        String whole = text.toString();
        reset();
        return new Outcome.Complete(whole);
    }

    private void reset() {
        text.setLength(0);
        bytes = 0;
        overflowed = false;
    }

    /** UTF-8 length without encoding: the limit is in bytes on the wire, the parts arrive as chars. */
    static long utf8Length(CharSequence chars) {
        long length = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 0x80) length += 1;
            else if (c < 0x800) length += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < chars.length() && Character.isLowSurrogate(chars.charAt(i + 1))) {
                length += 4;
                i++;
            } else length += 3;
        }
        return length;
    }
}
