package org.botserver.domain.table;

import java.util.ArrayList;
import java.util.List;

/** Splits filter text into words, quoted texts and comparison operators, refusing every other character. */
final class FilterScanner {

    /** One piece of filter text; {@code start} and {@code end} locate it in the text. */
    record Token(Kind kind, String text, int start, int end) {
        enum Kind { WORD, QUOTED, OPERATOR }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    static final String HINT = " A filter is conditions like \"city = Rio\" or \"price >= 10\" joined by AND.";
    /** Besides letters and digits, what a bare value may hold: e-mails, dates, times, paths, LIKE patterns. */
    private static final String WORD_SYMBOLS = "_.@+:/%-";

    private final String text;
    private int at;

    private FilterScanner(String text) {
        this.text = text;
    }

    static List<Token> scan(String text) {
        return new FilterScanner(text).tokens();
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            int start = at;
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '\'' || c == '"') {
                tokens.add(new Token(Token.Kind.QUOTED, quoted(c), start, at));
            } else if (c == '=' || c == '<' || c == '>' || c == '!') {
                tokens.add(new Token(Token.Kind.OPERATOR, operator(), start, at));
            } else if (isWordPart(c)) {
                // An apostrophe inside a word belongs to it (O'Brien), so interpolated names need no quoting.
                while (at < text.length() && (isWordPart(text.charAt(at)) || text.charAt(at) == '\'')) at++;
                tokens.add(new Token(Token.Kind.WORD, text.substring(start, at), start, at));
            } else {
                throw new IllegalArgumentException("The filter cannot contain '" + c + "' (at " + (start + 1) + ")." + HINT);
            }
        }
        return tokens;
    }

    private String quoted(char quote) {
        StringBuilder value = new StringBuilder();
        int opening = at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != quote) {
                value.append(c);
            } else if (at < text.length() && text.charAt(at) == quote) {
                value.append(quote);
                at++;
            } else {
                return value.toString();
            }
        }
        throw new IllegalArgumentException("The quote " + quote + " at " + (opening + 1) + " of the filter is never closed." + HINT);
    }

    private String operator() {
        int start = at++;
        if (at < text.length()) {
            String two = text.substring(start, at + 1);
            if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")) at++;
        }
        String operator = text.substring(start, at);
        if (operator.equals("!")) throw new IllegalArgumentException("The filter cannot contain '!' alone; write <> for not equal." + HINT);
        return operator;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || WORD_SYMBOLS.indexOf(c) >= 0;
    }
}
