package org.botserver.domain.table;

/** How a filter condition compares a column with its value. */
public enum Comparison {
    EQUALS("="), NOT_EQUALS("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
    /** Text matching a pattern: % stands for any run of characters, _ for one character. */
    LIKE("LIKE");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** As written in a filter and in SQL. */
    public String symbol() { return symbol; }

    /** The comparison an operator written in a filter denotes; != is accepted for <>. */
    static Comparison ofSymbol(String written) {
        if (written.equals("!=")) return NOT_EQUALS;
        for (Comparison c : values()) {
            if (c.symbol.equalsIgnoreCase(written)) return c;
        }
        throw new IllegalArgumentException("'" + written + "' is not a comparison.");
    }
}
