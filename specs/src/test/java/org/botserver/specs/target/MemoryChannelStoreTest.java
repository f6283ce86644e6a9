package org.botserver.specs.target;

import org.botserver.application.channel.ChannelStore;
import org.botserver.application.channel.ChannelStoreContract;

/** The step library's in-memory channel store keeps the contract the server's PostgreSQL store keeps. */
class MemoryChannelStoreTest extends ChannelStoreContract {

    private final MemoryChannelStore store = new MemoryChannelStore();

    @Override
    protected ChannelStore store() {
        return store;
    }
}
