package org.botserver.application.table;

import java.util.Map;
import java.util.Objects;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;

/** One row written to or removed from a bot table, announced after the write has committed. */
public record TableChange(BotId botId, String table, Kind kind, Map<String, Value> row) {

    /** What happened to the row; {@code ON INSERT OF "orders"} listens for one kind on one table. */
    public enum Kind { INSERT, UPDATE, DELETE }

    public TableChange {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        row = Map.copyOf(row);
    }
}
