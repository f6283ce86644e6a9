package org.botserver.application.conversation;

import java.util.Objects;

/** Reads a page of a conversation's history from the store. */
public final class ReadHistoryService implements ReadHistory {

    private final ConversationStore store;

    public ReadHistoryService(ConversationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public HistoryPage read(ReadHistoryQuery query) {
        if (store.find(query.conversationId()).isEmpty()) {
            throw new UnknownConversationException(query.conversationId().toString());
        }
        return store.history(query.conversationId(), query.limit(), query.before());
    }
}
