package org.botserver.domain.basic.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.ToolParameter;

/**
 * Reads the JSDoc-style header of a JavaScript tool into the tool definition the language model is offered:
 * the text before the first tag is the description, each {@code @param {type} name - description} (or
 * {@code [name]} when optional) an argument. Other tags (@returns, @example, @author…) are documentation only.
 * Every problem is reported with its line and column, and reading goes on to find the next one.
 */
public final class JsDocHeader {

    /** Tags recognised in the middle of a line too, as in a one-line header ("Adds VAT. @param {number} amount"). */
    private static final Pattern TAG = Pattern.compile("(?:^|(?<=\\s))@(param|arg|argument|returns?|example|description)\\b"
            + "|^@(\\w+)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    // Reserved words cannot name a parameter of the function the tool's body becomes.
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
            "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval");

    private final String tool;
    private final Diagnostics diagnostics;
    private final StringBuilder description = new StringBuilder();
    private final List<ToolParameter> parameters = new ArrayList<>();
    private Tag current;

    /** One tag being read: its name and, for @param, the argument it declares (its description may go on). */
    private record Tag(String name, ParamTag param) {
    }

    private JsDocHeader(String tool, Diagnostics diagnostics) {
        this.tool = tool;
        this.diagnostics = diagnostics;
    }

    /** The tool {@code name} that the header of {@code text} declares; empty when a problem was reported. */
    public static Optional<ToolDefinition> read(String name, String text, Diagnostics diagnostics) {
        Optional<List<HeaderLines.Line>> lines = HeaderLines.read(text, diagnostics);
        if (lines.isEmpty()) return Optional.empty();
        JsDocHeader header = new JsDocHeader(name, diagnostics);
        lines.get().forEach(header::line);
        header.finishTag();
        if (header.description.isEmpty()) {
            HeaderLines.Line first = lines.get().getFirst();
            diagnostics.report(first.line(), Math.max(1, first.column() - 3),
                    "The header needs a description of what the tool does before its first @ tag.");
        }
        return diagnostics.any() ? Optional.empty()
                : Optional.of(new ToolDefinition(name, header.description.toString(), header.parameters));
    }

    private void line(HeaderLines.Line line) {
        Matcher tags = TAG.matcher(line.text());
        int from = 0;
        while (tags.find()) {
            text(line, from, tags.start());
            finishTag();
            String tagName = tags.group(1) != null ? tags.group(1) : tags.group(2);
            current = new Tag(tagName, null);
            from = tags.end();
            if (isParam(tagName)) {
                int end = nextTag(line.text(), tags);
                current = new Tag(tagName, ParamTag.read(line, from, end, tool, diagnostics));
                from = end;
            }
        }
        text(line, from, line.text().length());
    }

    /** Where the next tag on the line starts, so a @param's description stops there. */
    private static int nextTag(String text, Matcher tags) {
        Matcher next = TAG.matcher(text);
        return next.find(tags.end()) ? next.start() : text.length();
    }

    /** Text outside a tag's own words: the description, or the current tag's description going on. */
    private void text(HeaderLines.Line line, int from, int to) {
        String words = line.text().substring(from, to).strip();
        if (words.isEmpty()) return;
        if (current == null || current.name().equals("description")) append(description, words);
        else if (current.param() != null) current.param().continueDescription(words);
    }

    private void finishTag() {
        if (current != null && current.param() != null) {
            ParamTag param = current.param();
            boolean twice = parameters.stream().anyMatch(p -> p.name().equalsIgnoreCase(param.name()));
            if (twice) diagnostics.report(param.line(), param.column(), "@param " + param.name() + " is declared twice.");
            else parameters.add(param.toParameter());
        }
        current = null;
    }

    private static boolean isParam(String tag) {
        return tag.equals("param") || tag.equals("arg") || tag.equals("argument");
    }

    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    static void append(StringBuilder text, String words) {
        if (!text.isEmpty()) text.append(' ');
        text.append(words);
    }
}
