package org.botserver.application.channel;

/** The in-memory store keeps the same promises as the database one. */
class InMemoryChannelStoreTest extends ChannelStoreContract {

    private final InMemoryChannelStore store = new InMemoryChannelStore();

    @Override
    protected ChannelStore store() {
        return store;
    }
}
