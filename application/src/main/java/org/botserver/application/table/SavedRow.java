package org.botserver.application.table;

import java.util.Objects;

/** A row a write stored, and whether it was inserted or an existing row was updated. */
public record SavedRow(TableChange.Kind kind, TableRow row) {

    public SavedRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(row, "row");
        if (kind == TableChange.Kind.DELETE) throw new IllegalArgumentException("A saved row is inserted or updated, not deleted.");
    }
}
