package org.botserver.domain.basic;

import java.util.Locale;
import java.util.Objects;

/** {@code ON INSERT OF "orders"}: a dialog declares it runs when a row of a bot table is inserted, updated or deleted. */
public record TableEvent(Kind kind, String table) {

    /** The change the dialog listens for. */
    public enum Kind { INSERT, UPDATE, DELETE }

    public TableEvent {
        Objects.requireNonNull(kind, "kind");
        table = tableName(Objects.requireNonNull(table, "table"));
        if (table.isEmpty()) throw new IllegalArgumentException("ON " + kind + " OF needs a table name.");
    }

    /** Whether a change of this kind to this table (named as scripts name it, "orders" or "orders.csv") is the event. */
    public boolean matches(Kind changed, String changedTable) {
        return kind == changed && table.equals(tableName(changedTable));
    }

    /** "Orders.csv" and "orders" name the same table, as FIND and SAVE read them. */
    static String tableName(String name) {
        String stripped = name.strip().toLowerCase(Locale.ROOT);
        return stripped.endsWith(".csv") ? stripped.substring(0, stripped.length() - 4) : stripped;
    }

    @Override public String toString() { return "ON " + kind + " OF \"" + table + "\""; }
}
