package org.botserver.domain.basic.lexer;

import java.math.BigDecimal;
import java.util.List;

/** Scans numbers and words (names and keywords alike); REM at the start of a statement comments out its line. */
final class Words {

    private Words() {
    }

    /** After a name or a closing bracket, {@code .5} is member access, not a number. */
    static boolean afterOperand(List<Token> tokens) {
        if (tokens.isEmpty()) return false;
        TokenType last = tokens.getLast().type();
        return last == TokenType.WORD || last == TokenType.RIGHT_PAREN || last == TokenType.RIGHT_BRACKET;
    }

    static void number(Lexer lexer, int col) {
        String src = lexer.src();
        int start = lexer.pos();
        int end = digits(src, start);
        if (end + 1 < src.length() && src.charAt(end) == '.' && Character.isDigit(src.charAt(end + 1))) {
            end = digits(src, end + 1);
        }
        lexer.pos(end);
        String text = src.substring(start, end);
        lexer.add(TokenType.NUMBER, text, new BigDecimal(text), col);
    }

    static void word(Lexer lexer, int col) {
        String src = lexer.src();
        int start = lexer.pos();
        int end = start;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) end++;
        if (end < src.length() && src.charAt(end) == '$') end++;
        lexer.pos(end);
        String text = src.substring(start, end);
        if (text.equalsIgnoreCase("REM") && lexer.tokens().size() == lexer.statementStart()) {
            lexer.skipToEndOfLine();
            return;
        }
        lexer.add(TokenType.WORD, text, null, col);
    }

    private static int digits(String src, int from) {
        int i = from;
        while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
        return i;
    }
}
