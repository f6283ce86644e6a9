package org.botserver.application.table;

import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Each bot's own tables, isolated from every other bot's and from the server's data. A table is created by its
 * first write with columns from the data, and gains columns as later writes bring new ones; every table has an
 * {@code id} numbering its rows. Each method is one transaction.
 *
 * <p>Refusals (a filter naming a column the table lacks, a value the column's type cannot hold) are
 * {@link TableException}s with a plain message; nothing is written then.
 */
@SecondaryPort
public interface BotTables {

    /** Whether the bot has the table: created by a write or by seed data, even if no row is left in it. */
    boolean exists(BotId bot, TableName table);

    /** The rows the filter selects, in id order, at most {@code limit}; none when the table does not exist. */
    List<TableRow> find(BotId bot, TableName table, TableFilter filter, int limit);

    /** Adds a row (an {@code id} in the values is ignored: the table numbers its rows). */
    TableRow insert(BotId bot, TableName table, Map<ColumnName, Value> values);

    /** Updates the row whose id the values hold, or inserts the values as a new row when there is none. */
    SavedRow save(BotId bot, TableName table, Map<ColumnName, Value> values);

    /** Sets the changed columns on every row the filter selects; the rows as they are now. */
    List<TableRow> update(BotId bot, TableName table, TableFilter filter, Map<ColumnName, Value> changes);

    /** Removes every row the filter selects; the rows as they were. */
    List<TableRow> delete(BotId bot, TableName table, TableFilter filter);

    /**
     * For each row, updates the rows with its {@code key} value or inserts it when there is none; the rows
     * inserted or changed (a row already holding the same values is left alone and not listed).
     */
    List<SavedRow> merge(BotId bot, TableName table, ColumnName key, List<Map<ColumnName, Value>> rows);

    /** Inserts the rows when the table is new or empty, so data the bot wrote is never doubled; the rows inserted. */
    int seed(BotId bot, TableName table, List<ColumnName> columns, List<Map<ColumnName, Value>> rows);
}
