package org.botserver.application.conversation;

import java.util.Objects;
import org.botserver.domain.conversation.ConversationId;

/** Reads a conversation's summary from the store. */
public final class ReadConversationService implements ReadConversation {

    private final ConversationStore store;

    public ReadConversationService(ConversationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ConversationSummary read(ConversationId id) {
        return store.find(id)
                .map(c -> new ConversationSummary(c.id(), c.botId(), c.status()))
                .orElseThrow(() -> new UnknownConversationException(id.toString()));
    }
}
