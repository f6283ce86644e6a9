package org.botserver.domain.basic.script;

import java.util.Optional;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.ToolParameter;

/**
 * One {@code @param {type} name - description} of a tool header ({@code [name]} or {@code [name=default]} when
 * optional); its description may go on over the following lines.
 */
final class ParamTag {

    private final String name;
    private final ParamType type;
    private final boolean optional;
    private final int line;
    private final int column;
    private final StringBuilder description = new StringBuilder();

    private ParamTag(String name, ParamType type, boolean optional, int line, int column) {
        this.name = name;
        this.type = type;
        this.optional = optional;
        this.line = line;
        this.column = column;
    }

    /** Reads the words of a @param between {@code from} and {@code to}; null when a problem was reported. */
    static ParamTag read(HeaderLines.Line line, int from, int to, String tool, Diagnostics diagnostics) {
        String text = line.text();
        int i = skipSpaces(text, from, to);
        if (i >= to || text.charAt(i) != '{') {
            diagnostics.report(line.line(), line.columnAt(i), "Expect {type} after @param, such as {string}.");
            return null;
        }
        int close = closingBrace(text, i + 1, to);
        if (close < 0) {
            diagnostics.report(line.line(), line.columnAt(i), "The @param type is not closed with }.");
            return null;
        }
        Optional<ParamType> type = ParamType.of(text.substring(i + 1, close));
        if (type.isEmpty()) {
            diagnostics.report(line.line(), line.columnAt(i + 1), "Unknown @param type {" + text.substring(i + 1, close).strip()
                    + "}; use string, number, integer, boolean or choices such as {\"S\"|\"M\"|\"L\"}.");
            return null;
        }
        int nameAt = skipSpaces(text, close + 1, to);
        int nameEnd = nameAt;
        boolean bracketed = nameAt < to && text.charAt(nameAt) == '[';
        if (bracketed) {
            nameEnd = text.indexOf(']', nameAt);
            if (nameEnd < 0 || nameEnd >= to) {
                diagnostics.report(line.line(), line.columnAt(nameAt), "The optional @param name is not closed with ].");
                return null;
            }
        } else {
            while (nameEnd < to && !Character.isWhitespace(text.charAt(nameEnd))) nameEnd++;
        }
        String written = bracketed ? text.substring(nameAt + 1, nameEnd) : text.substring(nameAt, nameEnd);
        String name = (written.contains("=") ? written.substring(0, written.indexOf('=')) : written).strip();
        if (!JsDocHeader.isIdentifier(name)) {
            diagnostics.report(line.line(), line.columnAt(nameAt), name.isEmpty() ? "Expect a parameter name after @param {type}."
                    : "@param " + name + " of tool " + tool + " is not a plain JavaScript name (letters, digits, _ and $, "
                    + "not a reserved word" + (name.contains(".") ? "; nested properties are not supported" : "") + ").");
            return null;
        }
        ParamTag tag = new ParamTag(name, type.get(), bracketed || type.get().optional(), line.line(), line.columnAt(nameAt));
        String rest = text.substring(Math.min(to, nameEnd + (bracketed ? 1 : 0)), to).strip();
        if (rest.startsWith("-")) rest = rest.substring(1).strip();
        tag.continueDescription(rest);
        return tag;
    }

    void continueDescription(String words) {
        if (!words.isEmpty()) JsDocHeader.append(description, words);
    }

    String name() { return name; }

    int line() { return line; }

    int column() { return column; }

    ToolParameter toParameter() {
        return new ToolParameter(name, type.basicType(), null, description.isEmpty() ? null : description.toString(),
                type.choices(), optional);
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The closing brace, skipping quoted choices that may contain one. */
    private static int closingBrace(String text, int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }
}
