package org.botserver.application.bot;

import java.nio.charset.StandardCharsets;
import org.botserver.domain.bot.BotId;

/** The in-memory fake keeps the same contract as the real adapters. */
class InMemoryObjectStoreTest extends ObjectStoreContract {

    private final InMemoryObjectStore store = new InMemoryObjectStore();

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected void edit(BotId bot, String path, String content) {
        store.put(bot.value(), path, new String(content.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
