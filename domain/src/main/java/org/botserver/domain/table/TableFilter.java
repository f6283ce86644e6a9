package org.botserver.domain.table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Which rows FIND, UPDATE and DELETE act on: conditions joined by AND, parsed from the filter text a dialog gives
 * ({@code "city = Rio AND age >= 18"}) after BASIC has put in its {@code ${}} values. Nothing of the text reaches
 * SQL but column names checked as identifiers; every value is a bound parameter.
 */
@ValueObject
public record TableFilter(List<Condition> conditions) {

    /** Selects every row. */
    public static final TableFilter ALL = new TableFilter(List.of());

    public TableFilter {
        conditions = List.copyOf(conditions);
    }

    /**
     * The filter the text writes; blank text selects every row.
     *
     * @throws IllegalArgumentException with a plain message for anything but conditions joined by AND
     *                                  (a ';', OR, a comment, parentheses, an unknown operator...)
     */
    public static TableFilter parse(String text) {
        if (text == null || text.isBlank()) return ALL;
        return new TableFilter(new FilterParser(text).conditions());
    }

    public boolean selectsAll() { return conditions.isEmpty(); }

    /** The columns the conditions name, in order of first mention. */
    public Set<ColumnName> columns() {
        return conditions.stream().map(Condition::column).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override public String toString() {
        return selectsAll() ? "(all rows)" : conditions.stream().map(Condition::toString).collect(Collectors.joining(" AND "));
    }
}
