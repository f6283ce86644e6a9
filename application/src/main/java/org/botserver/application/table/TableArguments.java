package org.botserver.application.table;

import java.util.List;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/** The arguments of one table keyword, checked for their number, with the table named by the first. */
record TableArguments(List<Value> values, TableName table) {

    static TableArguments of(List<Value> values, int min, int max, String usage) {
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException("Expected " + usage + ", got " + values.size() + " argument"
                    + (values.size() == 1 ? "" : "s") + ".");
        }
        if (!(values.getFirst() instanceof TextValue name)) {
            throw new IllegalArgumentException("The table must be named by text, like \"products\", not "
                    + RowValues.describe(values.getFirst()) + ".");
        }
        return new TableArguments(List.copyOf(values), TableName.of(name.value()));
    }

    Value get(int index) {
        return values.get(index);
    }

    /** The filter at this position, or every row when there is none or it is empty. */
    TableFilter filterOrAll(int index) {
        return index < values.size() ? TableFilter.parse(values.get(index).asText()) : TableFilter.ALL;
    }

    /** The filter at this position, which must select something: an UPDATE or DELETE of every row is refused as a slip. */
    TableFilter requiredFilter(int index) {
        TableFilter filter = filterOrAll(index);
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("A filter naming the rows is needed, like \"id = 17\"; "
                    + "to change every row, say so with a filter such as \"id > 0\".");
        }
        return filter;
    }
}
