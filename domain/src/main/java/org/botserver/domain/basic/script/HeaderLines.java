package org.botserver.domain.basic.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.Diagnostics;

/**
 * The lines of a file's leading {@code /** … *}{@code /} comment with the comment marks and the leading {@code *}
 * taken off, each remembering where its text starts in the file, so a problem can name its line and column.
 */
final class HeaderLines {

    /** One line of the header's text: its 1-based line, the 1-based column its text starts at, and the text. */
    record Line(int line, int column, String text) {
        /** The column of the character at {@code index} of this line's text. */
        int columnAt(int index) {
            return column + index;
        }
    }

    private HeaderLines() {
    }

    /** The header's lines, or empty (with the problem reported) when the file does not start with a closed one. */
    static Optional<List<Line>> read(String text, Diagnostics diagnostics) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int[] at = position(text, start);
        if (!text.startsWith("/**", start)) {
            diagnostics.report(at[0], at[1], "A JavaScript tool starts with a /** … */ header: what the tool does, "
                    + "then one @param {type} name - description per argument.");
            return Optional.empty();
        }
        int end = text.indexOf("*/", start + 3);
        if (end < 0) {
            diagnostics.report(at[0], at[1], "The /** header is not closed with */.");
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        int lineStart = start + 3;
        int line = at[0];
        int column = at[1] + 3;
        while (lineStart <= end) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            lines.add(strip(line, column, text.substring(lineStart, lineEnd)));
            lineStart = lineEnd + 1;
            line++;
            column = 1;
        }
        return Optional.of(lines);
    }

    /** Takes off the indentation, one leading {@code *} and the space after it, and trailing blanks. */
    private static Line strip(int line, int column, String raw) {
        String body = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        int i = 0;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
        if (i < body.length() && body.charAt(i) == '*') {
            i++;
            if (i < body.length() && body.charAt(i) == ' ') i++;
        }
        return new Line(line, column + i, body.substring(i).stripTrailing());
    }

    private static int[] position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
