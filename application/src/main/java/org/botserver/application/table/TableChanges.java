package org.botserver.application.table;

import java.lang.System.Logger.Level;
import java.util.List;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.TableName;

/** Tells every listener about each committed row change; a listener that fails is logged and never undoes the write. */
final class TableChanges {

    private static final System.Logger LOG = System.getLogger(TableChanges.class.getName());

    private final List<TableChangeListener> listeners;

    TableChanges(List<? extends TableChangeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void announce(BotId bot, TableName table, TableChange.Kind kind, List<TableRow> rows) {
        for (TableRow row : rows) {
            TableChange change = new TableChange(bot, table.value(), kind, row.values());
            for (TableChangeListener listener : listeners) {
                try {
                    listener.changed(change);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A listener of bot {0}''s table {1} failed on a {2}; the write stands: {3}",
                            bot, table, kind, e.toString());
                }
            }
        }
    }

    void announce(BotId bot, TableName table, SavedRow saved) {
        announce(bot, table, saved.kind(), List.of(saved.row()));
    }
}
