package org.botserver.application.table;

/** The in-memory fake keeps the bot-tables contract, so tests using it tell the truth about the adapters. */
class InMemoryBotTablesTest extends BotTablesContract {

    private final InMemoryBotTables tables = new InMemoryBotTables();

    @Override
    protected BotTables tables() {
        return tables;
    }
}
