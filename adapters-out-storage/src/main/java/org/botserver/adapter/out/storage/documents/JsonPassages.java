package org.botserver.adapter.out.storage.documents;

import java.util.ArrayList;
import java.util.List;
import org.botserver.application.knowledge.UnreadableDocumentException;

/**
 * Reads JSON into passages: a top-level array gives one passage per element, anything else one passage; each
 * passage lists its values as "path: value" lines ("address.city: Lisbon"), so keys stay next to their values.
 */
final class JsonPassages {

    private final String text;
    private final String fileName;
    private int at;

    private JsonPassages(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
    }

    static List<String> read(String fileName, String text) {
        JsonPassages reader = new JsonPassages(text, fileName);
        reader.skipSpace();
        List<String> passages = new ArrayList<>();
        if (reader.peek() == '[') {
            reader.at++;
            reader.skipSpace();
            if (reader.peek() == ']') reader.at++;
            else do {
                StringBuilder lines = new StringBuilder();
                reader.value("", lines);
                passages.add(lines.toString().strip());
            } while (reader.separator(']'));
        } else {
            StringBuilder lines = new StringBuilder();
            reader.value("", lines);
            passages.add(lines.toString().strip());
        }
        reader.skipSpace();
        if (reader.at < text.length()) throw reader.error("unexpected text after the JSON value");
        return passages.stream().filter(p -> !p.isEmpty()).toList();
    }

    private void value(String path, StringBuilder lines) {
        skipSpace();
        char c = peek();
        if (c == '{') {
            at++;
            skipSpace();
            if (peek() == '}') { at++; return; }
            do {
                skipSpace();
                String key = string();
                skipSpace();
                if (peek() != ':') throw error("expected ':' after a key");
                at++;
                value(path.isEmpty() ? key : path + "." + key, lines);
            } while (separator('}'));
        } else if (c == '[') {
            at++;
            skipSpace();
            if (peek() == ']') { at++; return; }
            do value(path, lines); while (separator(']'));
        } else {
            String scalar = c == '"' ? string() : literal();
            lines.append(path.isEmpty() ? "" : path + ": ").append(scalar).append('\n');
        }
    }

    /** After an element: true when a comma follows, false at the closing bracket. */
    private boolean separator(char close) {
        skipSpace();
        char c = peek();
        at++;
        if (c == ',') return true;
        if (c == close) return false;
        throw error("expected ',' or '" + close + "'");
    }

    private String string() {
        if (peek() != '"') throw error("expected a string");
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            char c = peek();
            at++;
            if (c == '"') return out.toString();
            if (c != '\\') { out.append(c); continue; }
            char e = peek();
            at++;
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r', 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (at + 4 > text.length()) throw error("a broken \\u escape");
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private String literal() {
        int start = at;
        while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) at++;
        if (start == at) throw error("expected a value");
        return text.substring(start, at);
    }

    private char peek() {
        if (at >= text.length()) throw error("it ends too early");
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private UnreadableDocumentException error(String what) {
        return new UnreadableDocumentException(fileName + " is not valid JSON: " + what + " (character " + (at + 1) + ").");
    }
}
