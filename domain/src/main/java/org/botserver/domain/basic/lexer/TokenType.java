package org.botserver.domain.basic.lexer;

/** The kinds of token the BASIC lexer produces; keywords are WORDs matched case-insensitively by the parser. */
public enum TokenType {
    WORD, NUMBER, STRING, RAW_BLOCK,
    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, LEFT_BRACE, RIGHT_BRACE,
    COMMA, DOT, COLON, SEMICOLON,
    PLUS, MINUS, STAR, SLASH, BACKSLASH, CARET, AMPERSAND,
    EQUAL, NOT_EQUAL, LESS, GREATER, LESS_EQUAL, GREATER_EQUAL,
    NEWLINE, EOF
}
