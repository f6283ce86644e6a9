package org.botserver.domain.basic.lexer;

/**
 * Scans punctuation and operators, keeping the bracket depth the lexer needs to join lines inside
 * literals, and reports each run of characters BASIC does not use as one error.
 */
final class Symbols {

    /** Every character that can start a token or is skipped between them, besides letters and digits. */
    private static final String USED = " \t\r\f\n'\"()[]{},:;+-*\\^&/=!<>._";
    /** Enough of a rejected run to recognise it; a run of 100,000 characters is not worth quoting. */
    private static final int QUOTED = 12;

    private final Lexer lexer;
    private int depth;

    Symbols(Lexer lexer) {
        this.lexer = lexer;
    }

    int depth() {
        return depth;
    }

    void closeAll() {
        depth = 0;
    }

    /** Scans the symbol at the lexer's position (never a letter, digit, quote or blank). */
    void scan(char c, int col) {
        switch (c) {
            case '(' -> single(TokenType.LEFT_PAREN, col, 1);
            case ')' -> single(TokenType.RIGHT_PAREN, col, -1);
            case '[' -> single(TokenType.LEFT_BRACKET, col, 1);
            case ']' -> single(TokenType.RIGHT_BRACKET, col, -1);
            case '{' -> single(TokenType.LEFT_BRACE, col, 1);
            case '}' -> single(TokenType.RIGHT_BRACE, col, -1);
            case ',' -> single(TokenType.COMMA, col, 0);
            case ':' -> single(TokenType.COLON, col, 0);
            case ';' -> single(TokenType.SEMICOLON, col, 0);
            case '+' -> single(TokenType.PLUS, col, 0);
            case '-' -> single(TokenType.MINUS, col, 0);
            case '*' -> single(TokenType.STAR, col, 0);
            case '/' -> single(TokenType.SLASH, col, 0);
            case '\\' -> single(TokenType.BACKSLASH, col, 0);
            case '^' -> single(TokenType.CARET, col, 0);
            case '.' -> single(TokenType.DOT, col, 0);
            case '&' -> pair(col, "&&", TokenType.AMPERSAND, TokenType.AMPERSAND);
            case '=' -> pair(col, "==", TokenType.EQUAL, TokenType.EQUAL);
            case '!' -> pair(col, "!=", TokenType.NOT_EQUAL, null);
            case '<' -> {
                if (lexer.peekAt(1) == '>') pair(col, "<>", TokenType.NOT_EQUAL, TokenType.LESS);
                else pair(col, "<=", TokenType.LESS_EQUAL, TokenType.LESS);
            }
            case '>' -> pair(col, ">=", TokenType.GREATER_EQUAL, TokenType.GREATER);
            default -> rejected(col);
        }
    }

    private void single(TokenType type, int col, int nesting) {
        depth = Math.max(0, depth + nesting);
        lexer.add(type, String.valueOf(lexer.peekAt(0)), null, col);
        lexer.pos(lexer.pos() + 1);
    }

    /** The two-character operator if it is spelled here, else the one-character {@code oneType} (null: none). */
    private void pair(int col, String two, TokenType twoType, TokenType oneType) {
        if (lexer.src().startsWith(two, lexer.pos())) {
            lexer.add(twoType, two, null, col);
            lexer.pos(lexer.pos() + 2);
        } else if (oneType != null) {
            single(oneType, col, 0);
        } else {
            rejected(col);
        }
    }

    /** One diagnostic for the whole run, so a line of junk costs one error, not one per character. */
    private void rejected(int col) {
        String src = lexer.src();
        int start = lexer.pos();
        int end = start + 1;
        while (end < src.length() && isRejected(src, end)) end++;
        lexer.pos(end);
        String run = src.substring(start, Math.min(end, start + QUOTED));
        String shown = run.codePoints().mapToObj(Symbols::show).reduce("", String::concat);
        lexer.diagnostics().report(lexer.line(), col, end - start == 1
                ? "Unexpected character '" + shown + "'."
                : "Unexpected characters '" + shown + (end - start > QUOTED ? "…" : "") + "' ("
                        + (end - start) + " in a row).");
    }

    private static boolean isRejected(String src, int i) {
        char c = src.charAt(i);
        if (c == '!') return i + 1 >= src.length() || src.charAt(i + 1) != '=';
        return !Character.isLetterOrDigit(c) && USED.indexOf(c) < 0;
    }

    /** Invisible characters are named by code point, so the message shows what to look for. */
    private static String show(int codePoint) {
        boolean visible = Character.isDefined(codePoint) && !Character.isISOControl(codePoint)
                && !Character.isSurrogate((char) codePoint) && !Character.isWhitespace(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
        return visible ? Character.toString(codePoint) : String.format("U+%04X", codePoint);
    }
}
