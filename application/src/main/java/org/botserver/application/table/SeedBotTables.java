package org.botserver.application.table;

import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;

/** Fills a bot's tables from the {@code .gbdata/*.csv} files of its package when the package is deployed. */
public interface SeedBotTables {

    /**
     * Seeds each file's table (named after the file) when that table is new or empty; the problems found, one
     * plain sentence each naming its file (a malformed file seeds nothing, the others still do).
     *
     * @param csvByPath each file's text by its path in the package
     */
    List<String> seed(BotId bot, Map<String, String> csvByPath);
}
