package org.botserver.specs.target;

import java.util.Objects;
import java.util.Optional;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.table.BotTables;

/**
 * What an in-process run keeps its data in: the conversations and the channel users' links to them, and with the embedded PostgreSQL also the bots'
 * tables (FIND, SAVE…) and memories (SET BOT MEMORY, REMEMBER…). In memory there are none of those: a dialog
 * using them ends with the plain "not available" reply, as on a server without them.
 */
record InProcessStores(String name, ConversationStore conversations, ChannelStore channels,
                       Optional<BotTables> tables, Optional<MemoryStore> memory) {

    InProcessStores {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(memory, "memory");
    }
}
