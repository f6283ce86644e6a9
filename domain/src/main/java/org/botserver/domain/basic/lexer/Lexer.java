package org.botserver.domain.basic.lexer;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.Diagnostics;

/**
 * Turns BASIC source into tokens. Words are not classified here: keywords are matched by the parser,
 * so multi-word keywords (SET BOT MEMORY) never steal ordinary names. Newlines inside brackets and
 * after a trailing {@code _} are joined; BEGIN TALK/MAIL/SYSTEM PROMPT bodies become one RAW_BLOCK.
 */
public final class Lexer {

    private final String src;
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line;
    private int lineStart;
    private int columnOffset;
    private final Symbols symbols = new Symbols(this);
    private int statementStart;

    public Lexer(String src, Diagnostics diagnostics) {
        this(src, diagnostics, 1, 1);
    }

    /** A lexer for text that starts at the given file position (an interpolated expression). */
    public Lexer(String src, Diagnostics diagnostics, int line, int column) {
        this.src = src;
        this.diagnostics = diagnostics;
        this.line = line;
        this.columnOffset = column - 1;
    }

    public List<Token> scan() {
        while (pos < src.length()) scanToken();
        newline();
        tokens.add(new Token(TokenType.EOF, "", null, line, column()));
        return tokens;
    }

    private int column() {
        return pos - lineStart + 1 + columnOffset;
    }

    private void scanToken() {
        char c = src.charAt(pos);
        int col = column();
        switch (c) {
            case ' ', '\t', '\r', '\f' -> pos++;
            case '\n' -> lineBreak();
            case '\'' -> skipToEndOfLine();
            case '"' -> new StringScanner(this).scan(col);
            default -> {
                if (Character.isDigit(c) || c == '.' && Character.isDigit(peekAt(1)) && !Words.afterOperand(tokens)) {
                    Words.number(this, col);
                } else if (c == '_' && continuation()) {
                    joinNextLine();
                } else if (Character.isLetter(c) || c == '_') {
                    Words.word(this, col);
                } else if (c == '/' && peekAt(1) == '/') {
                    skipToEndOfLine();
                } else {
                    symbols.scan(c, col);
                }
            }
        }
    }

    private void lineBreak() {
        int before = tokens.size();
        if (symbols.depth() > 0 && !insideLiteral()) symbols.closeAll();
        if (symbols.depth() == 0) newline();
        nextLine();
        if (tokens.size() > before) RawBlocks.after(this);
    }

    /**
     * A newline inside brackets continues the statement only where a literal plainly goes on (after
     * an opening bracket or comma, or before a closing one), so an unclosed '(' is reported on its
     * own line instead of swallowing the rest of the file.
     */
    private boolean insideLiteral() {
        TokenType last = tokens.isEmpty() ? null : tokens.getLast().type();
        if (last == TokenType.COMMA || last == TokenType.LEFT_PAREN || last == TokenType.LEFT_BRACKET
                || last == TokenType.LEFT_BRACE) {
            return true;
        }
        int i = pos + 1;
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
        return i < src.length() && ")]},".indexOf(src.charAt(i)) >= 0;
    }

    /** A '_' followed only by blanks or a comment up to the end of the line joins the next line. */
    private boolean continuation() {
        int i = pos + 1;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '\r')) i++;
        return i >= src.length() || src.charAt(i) == '\n' || src.charAt(i) == '\'';
    }

    private void joinNextLine() {
        skipToEndOfLine();
        if (pos < src.length()) nextLine();
    }

    void skipToEndOfLine() {
        while (pos < src.length() && src.charAt(pos) != '\n') pos++;
    }

    void nextLine() {
        pos++;
        line++;
        lineStart = pos;
        columnOffset = 0;
    }

    private void newline() {
        if (!tokens.isEmpty() && tokens.getLast().type() != TokenType.NEWLINE) {
            tokens.add(new Token(TokenType.NEWLINE, "", null, line, column()));
        }
        statementStart = tokens.size();
    }

    void add(TokenType type, String text, Object literal, int col) {
        tokens.add(new Token(type, text, literal, line, col));
        if (type == TokenType.COLON && symbols.depth() == 0) statementStart = tokens.size();
    }

    char peekAt(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    // Accessors for the string and raw-block scanners, which share this lexer's cursor.
    String src() { return src; }
    int pos() { return pos; }
    void pos(int newPos) { pos = newPos; }
    int line() { return line; }
    int lineStart() { return lineStart; }
    Diagnostics diagnostics() { return diagnostics; }
    List<Token> tokens() { return tokens; }
    int statementStart() { return statementStart; }
}
