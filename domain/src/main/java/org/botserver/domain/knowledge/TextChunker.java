package org.botserver.domain.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cuts cleaned text into chunks of at most the configured size: a chunk ends before a heading when one starts in
 * its second half, else after the last whitespace, and only a word longer than a chunk is cut inside; each chunk
 * but those starting at a heading repeats about {@code overlap} characters of the previous one, from a word start.
 */
public final class TextChunker {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern LINE_EDGES = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final ChunkingSettings settings;

    public TextChunker(ChunkingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The chunks of the text, in order; none for blank text. */
    public List<String> split(String raw) {
        String text = clean(raw);
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = Math.min(start + settings.size(), n);
            boolean atHeading = false;
            if (end < n) {
                int heading = lastHeadingStart(text, start + settings.size() / 2, end);
                if (heading > start) {
                    end = heading;
                    atHeading = true;
                } else {
                    end = lastWhitespace(text, start + settings.size() / 2, end);
                }
            }
            String chunk = text.substring(start, end).strip();
            if (!chunk.isEmpty()) chunks.add(chunk);
            if (end >= n) break;
            start = atHeading ? end : wordStartAfter(text, Math.max(end - settings.overlap(), start + 1), end);
        }
        return chunks;
    }

    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ");
        text = LINE_EDGES.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** The start of the last Markdown heading line in (from, to], or -1. */
    private static int lastHeadingStart(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (i < text.length() && text.charAt(i) == '#' && text.charAt(i - 1) == '\n') return i;
        }
        return -1;
    }

    /** Just after the last whitespace in (from, to], or {@code to} when the span is one long word. */
    private static int lastWhitespace(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) return i;
        }
        return to;
    }

    /** The first word start at or after {@code from}, but never at or beyond {@code limit}. */
    private static int wordStartAfter(String text, int from, int limit) {
        int i = from;
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            while (i < limit && !Character.isWhitespace(text.charAt(i))) i++;
        }
        while (i < limit && Character.isWhitespace(text.charAt(i))) i++;
        return i < limit ? i : from;
    }
}
