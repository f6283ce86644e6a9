package org.botserver.domain.basic.builtins;

/** The lexical side of JSON PARSE: a position in the text, blanks, punctuation and strings, and errors naming the line and column. */
final class JsonCursor {

    private final String text;
    private final Call call;
    private int pos;

    JsonCursor(String text, Call call) {
        this.text = text;
        this.call = call;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    String text() {
        return text;
    }

    int position() {
        return pos;
    }

    void moveTo(int position) {
        pos = position;
    }

    boolean atEnd() {
        skipBlanks();
        return pos >= text.length();
    }

    char peek() {
        if (atEnd()) throw error("the JSON ends too early");
        return text.charAt(pos);
    }

    boolean consume(char expected) {
        if (!atEnd() && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    boolean consume(String word) {
        if (!text.startsWith(word, pos)) return false;
        pos += word.length();
        return true;
    }

    /** Reads a string literal, the cursor being on its opening quote. */
    String string() {
        StringBuilder out = new StringBuilder();
        int start = pos++;
        while (pos < text.length()) {
            char ch = text.charAt(pos++);
            if (ch == '"') return out.toString();
            if (ch < 0x20) throw error("control character inside a string");
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            if (pos >= text.length()) break;
            char escape = text.charAt(pos++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> throw error("unknown escape \\" + escape);
            }
        }
        pos = start;
        throw error("unterminated string");
    }

    private char unicode() {
        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw error("expected four hex digits after \\u");
        }
        char ch = (char) Integer.parseInt(text, pos, pos + 4, 16);
        pos += 4;
        return ch;
    }

    private void skipBlanks() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) pos++;
    }

    BuiltinException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return call.fail("found invalid JSON at line " + line + ", column " + column + ": " + problem);
    }
}
