package org.botserver.application.bot;

import java.util.List;
import java.util.Objects;
import org.botserver.application.table.BotTables;
import org.botserver.application.table.TableException;
import org.botserver.application.table.TableRow;
import org.botserver.application.table.UnknownTableException;

/** Reads a loaded bot's table with FIND's filter and FIND's row cap. */
public final class ReadBotTableService implements ReadBotTable {

    private final BotCatalog bots;
    private final BotTables tables;
    private final int maxRows;

    /** {@code maxRows} is FIND's cap (tables.find.max.rows): no read gives more. */
    public ReadBotTableService(BotCatalog bots, BotTables tables, int maxRows) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.tables = Objects.requireNonNull(tables, "tables");
        if (maxRows < 1) throw new IllegalArgumentException("The row cap must be positive, not " + maxRows);
        this.maxRows = maxRows;
    }

    @Override
    public List<TableRow> read(ReadTableQuery query) {
        int limit = query.limit().orElse(Math.min(ReadTableQuery.DEFAULT_LIMIT, maxRows));
        if (limit > maxRows) {
            throw new TableException("limit must be between 1 and " + maxRows + ", not " + limit + ".");
        }
        if (bots.find(query.bot()).isEmpty()) throw new UnknownBotException(query.bot().value());
        if (!tables.exists(query.bot(), query.table())) throw new UnknownTableException(query.bot(), query.table());
        return tables.find(query.bot(), query.table(), query.filter(), limit);
    }
}
