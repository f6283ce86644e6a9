package org.botserver.application.table;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.CsvTable;

/** Seeds a bot's tables from its package's CSV files, each file alone: one bad file does not stop the others. */
public final class SeedBotTablesService implements SeedBotTables {

    private static final System.Logger LOG = System.getLogger(SeedBotTablesService.class.getName());

    private final BotTables tables;

    public SeedBotTablesService(BotTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    @Override
    public List<String> seed(BotId bot, Map<String, String> csvByPath) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(csvByPath).forEach((path, text) -> {
            try {
                CsvTable csv = CsvTable.parse(path, text);
                int inserted = tables.seed(bot, csv.table(), csv.columns(), csv.rows());
                LOG.log(Level.INFO, inserted > 0 ? "Bot {0}: table {1} seeded with {2} rows from {3}"
                        : "Bot {0}: table {1} already holds rows (or {3} has none), so it was not seeded", bot, csv.table(), inserted, path);
            } catch (IllegalArgumentException | TableException e) {
                problems.add(e.getMessage().startsWith(path) ? e.getMessage() : path + ": " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Bot " + bot + ": seeding from " + path + " failed", e);
                problems.add(path + " could not be seeded: the bot tables did not answer.");
            }
        });
        problems.forEach(p -> LOG.log(Level.WARNING, "Bot {0}: {1}", bot, p));
        return problems;
    }
}
