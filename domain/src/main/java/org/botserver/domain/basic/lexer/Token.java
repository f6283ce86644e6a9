package org.botserver.domain.basic.lexer;

import java.util.Locale;

/**
 * One token with its position. {@code literal} is a BigDecimal for numbers and a {@link Template}
 * for strings and raw BEGIN … END blocks.
 */
public record Token(TokenType type, String text, Object literal, int line, int column) {

    /** True for a WORD spelled {@code word}, ignoring case. */
    public boolean is(String word) {
        return type == TokenType.WORD && text.equalsIgnoreCase(word);
    }

    /** The word in upper case, as keywords are compared. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    public Template template() {
        return (Template) literal;
    }
}
