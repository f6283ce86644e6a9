package org.botserver.application.table;

import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.TableName;

/** The bot has no table of that name: nothing was ever written to it and no seed data created it. */
public class UnknownTableException extends RuntimeException {

    public UnknownTableException(BotId bot, TableName table) {
        super("The bot '" + bot.value() + "' has no table '" + table.value() + "'.");
    }
}
