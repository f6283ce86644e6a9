package org.botserver.domain.table;

import static org.botserver.domain.table.FilterScanner.HINT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.FilterScanner.Token;

/** Reads {@code filter := condition (AND condition)*; condition := column comparison value}, one method per rule. */
final class FilterParser {

    /** More conditions than any dialog needs; a longer filter is a mistake or an attack. */
    static final int MAX_CONDITIONS = 32;

    private final String text;
    private final List<Token> tokens;
    private int at;

    FilterParser(String text) {
        this.text = text;
        this.tokens = FilterScanner.scan(text);
    }

    List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(condition());
        while (at < tokens.size()) {
            Token next = tokens.get(at++);
            if (!next.isWord("AND")) {
                throw new IllegalArgumentException(next.isWord("OR")
                        ? "A filter joins conditions with AND only; OR is not supported." + HINT
                        : "Expected AND or the end of the filter after " + conditions.getLast() + ", found '" + next.text() + "'." + HINT);
            }
            if (conditions.size() == MAX_CONDITIONS) {
                throw new IllegalArgumentException("A filter holds at most " + MAX_CONDITIONS + " conditions.");
            }
            conditions.add(condition());
        }
        return conditions;
    }

    private Condition condition() {
        Token column = expect("a column name");
        String name = column.text().toLowerCase(Locale.ROOT);
        if (column.kind() != Token.Kind.WORD || !ColumnName.isValid(name)) {
            throw new IllegalArgumentException("'" + column.text() + "' is not a column name." + HINT);
        }
        Comparison comparison = comparison(name);
        return new Condition(new ColumnName(name), comparison, value(name, comparison));
    }

    private Comparison comparison(String column) {
        Token token = expect("a comparison after " + column);
        if (token.kind() == Token.Kind.OPERATOR || token.isWord("LIKE")) return Comparison.ofSymbol(token.text());
        throw new IllegalArgumentException("Expected a comparison (=, <>, <, >, <=, >= or LIKE) after " + column
                + ", found '" + token.text() + "'." + HINT);
    }

    /** A quoted text, or the bare words up to AND or the end of the filter, kept as written. */
    private Value value(String column, Comparison comparison) {
        Token first = expect("a value after " + column + " " + comparison.symbol());
        if (first.kind() == Token.Kind.QUOTED) return new TextValue(first.text());
        Token last = first;
        for (Token token = first; ; token = tokens.get(at++)) {
            if (token.kind() != Token.Kind.WORD) {
                throw new IllegalArgumentException("The value of " + column + " cannot hold '" + token.text()
                        + "'; quote it if it is text." + HINT);
            }
            if (token.isWord("OR")) throw new IllegalArgumentException("A filter joins conditions with AND only; OR is not supported; quote a value that holds OR." + HINT);
            if (token.text().contains("--")) throw new IllegalArgumentException("The value of " + column + " holds --, which starts an SQL comment; quote it if it is text." + HINT);
            last = token;
            if (at == tokens.size() || tokens.get(at).isWord("AND")) break;
        }
        String written = text.substring(first.start(), last.end());
        if (first == last && written.equalsIgnoreCase("NULL")) return NullValue.NULL;
        if (first == last && written.equalsIgnoreCase("TRUE")) return BoolValue.TRUE;
        if (first == last && written.equalsIgnoreCase("FALSE")) return BoolValue.FALSE;
        return new TextValue(written);
    }

    private Token expect(String what) {
        if (at == tokens.size()) throw new IllegalArgumentException("The filter ends where " + what + " was expected." + HINT);
        return tokens.get(at++);
    }
}
