package org.botserver.application.conversation;

/** The in-memory store lists a user's conversations as the contract says. */
class InMemoryConversationsByUserTest extends ConversationsByUserContract {

    private final InMemoryConversationStore store = new InMemoryConversationStore();

    @Override
    protected ConversationStore store() {
        return store;
    }
}
