package org.botserver.application.bot;

import java.util.Objects;
import java.util.OptionalInt;
import org.botserver.application.table.TableException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/**
 * Which rows of which bot's table to read: a FIND filter (all rows without one) and at most how many (without a
 * limit, {@value #DEFAULT_LIMIT} or FIND's cap when that is lower).
 */
public record ReadTableQuery(BotId bot, TableName table, TableFilter filter, OptionalInt limit) {

    /** How many rows a read gives when it does not say. */
    public static final int DEFAULT_LIMIT = 100;

    public ReadTableQuery {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(limit, "limit");
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new TableException("limit must be at least 1, not " + limit.getAsInt() + ".");
        }
    }

    /**
     * The query from a request's text: a bot id that cannot name a bot is an unknown bot; a table name, filter or
     * limit that cannot be read is refused with the reason FIND would give.
     */
    public static ReadTableQuery of(String bot, String table, String filter, Integer limit) {
        if (bot == null || !BotId.isValid(bot)) throw new UnknownBotException(String.valueOf(bot));
        try {
            return new ReadTableQuery(new BotId(bot), TableName.of(table == null ? "" : table),
                    filter == null || filter.isBlank() ? TableFilter.ALL : TableFilter.parse(filter),
                    limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
        } catch (IllegalArgumentException e) {
            throw new TableException(e.getMessage());
        }
    }
}
