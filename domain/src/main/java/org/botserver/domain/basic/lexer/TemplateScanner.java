package org.botserver.domain.basic.lexer;

import java.util.ArrayList;
import java.util.List;

/** Splits text into plain and {@code ${expression}} segments, finding the closing brace past nested strings. */
final class TemplateScanner {

    private TemplateScanner() {
    }

    /** Index of the brace closing an interpolation whose code starts at {@code from}, or -1. */
    static int closingBrace(CharSequence s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') return -1;
            if (c == '"') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\n') end++;
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }

    /** Segments of one raw line (no escapes), the line's text starting at the given file column. */
    static List<Template.Segment> rawLine(String text, int line, int column) {
        List<Template.Segment> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("${", i)) {
                int close = closingBrace(text, i + 2);
                if (close >= 0) {
                    flush(plain, out);
                    out.add(new Template.Code(text.substring(i + 2, close), line, column + i + 2));
                    i = close + 1;
                    continue;
                }
            }
            plain.append(text.charAt(i++));
        }
        flush(plain, out);
        return out;
    }

    static void flush(StringBuilder plain, List<Template.Segment> out) {
        if (plain.isEmpty()) return;
        if (!out.isEmpty() && out.getLast() instanceof Template.Text previous) {
            out.set(out.size() - 1, new Template.Text(previous.text() + plain));
        } else {
            out.add(new Template.Text(plain.toString()));
        }
        plain.setLength(0);
    }
}
