package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.bot.ReadBotTable;
import org.botserver.application.bot.ReadBotTableService;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.http.HttpKeywordsHandler;
import org.botserver.application.table.BotTables;
import org.botserver.application.table.SeedBotTables;
import org.botserver.application.table.SeedBotTablesService;
import org.botserver.application.table.TableChangeListener;
import org.botserver.application.table.TableKeywordsHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bot tables: the port on the server's database, the FIND/SAVE/INSERT/UPDATE/DELETE/MERGE handler announcing
 * changes to every {@link TableChangeListener} bean, the seeding of tables from packages' .gbdata files, and the
 * admin's read of a table.
 */
@ApplicationScoped
public class TableWiring {

    @Produces
    @ApplicationScoped
    BotTables botTables(Database database) {
        return database.botTables();
    }

    /** Collected by Wiring's capability registry with every other CapabilityHandler. */
    @Produces
    @Singleton
    CapabilityHandler tableKeywords(BotTables tables, Instance<TableChangeListener> listeners, HttpKeywordsHandler http,
                                    @ConfigProperty(name = "tables.find.max.rows", defaultValue = "1000") int maxRows) {
        // DELETE of an http(s) URL is the HTTP keyword, passed on to its handler.
        return new TableKeywordsHandler(tables, listeners.stream().toList(), maxRows, http);
    }

    /** The admin's view of a table, capped as FIND is. */
    @Produces
    @ApplicationScoped
    ReadBotTable readBotTable(BotCatalog bots, BotTables tables,
                              @ConfigProperty(name = "tables.find.max.rows", defaultValue = "1000") int maxRows) {
        return new ReadBotTableService(bots, tables, maxRows);
    }

    @Produces
    @ApplicationScoped
    SeedBotTables seedBotTables(BotTables tables) {
        return new SeedBotTablesService(tables);
    }
}
