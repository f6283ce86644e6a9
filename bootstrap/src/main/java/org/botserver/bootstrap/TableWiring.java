package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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
 * changes to every {@link TableChangeListener} bean, and the seeding of tables from packages' .gbdata files.
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

    @Produces
    @ApplicationScoped
    SeedBotTables seedBotTables(BotTables tables) {
        return new SeedBotTablesService(tables);
    }
}
