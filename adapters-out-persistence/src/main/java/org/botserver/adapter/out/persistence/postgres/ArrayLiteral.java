package org.botserver.adapter.out.persistence.postgres;

/** Writes a PostgreSQL array literal of text, {@code {"a","b \"c\""}}, for a value cast to {@code text[]} in SQL. */
final class ArrayLiteral {

    private ArrayLiteral() {}

    static String of(String[] elements) {
        StringBuilder literal = new StringBuilder(2 + elements.length * 16).append('{');
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) literal.append(',');
            String element = elements[i];
            if (element == null) {
                literal.append("NULL");
                continue;
            }
            // Quoted always, so that commas, braces, blanks and the word NULL stay text; only " and \ need escapes.
            literal.append('"');
            for (int c = 0; c < element.length(); c++) {
                char ch = element.charAt(c);
                if (ch == '"' || ch == '\\') literal.append('\\');
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
