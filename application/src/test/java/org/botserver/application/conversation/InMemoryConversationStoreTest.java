package org.botserver.application.conversation;

/** The in-memory store used by application tests honours the store contract. */
class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore store() {
        return new InMemoryConversationStore();
    }
}
