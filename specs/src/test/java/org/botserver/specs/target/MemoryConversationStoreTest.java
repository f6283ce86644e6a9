package org.botserver.specs.target;

import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationStoreContract;

/** The step library's in-memory store keeps the store contract the server's PostgreSQL store keeps. */
class MemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore store() {
        return new MemoryConversationStore();
    }
}
