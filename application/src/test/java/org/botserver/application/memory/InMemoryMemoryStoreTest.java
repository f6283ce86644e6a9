package org.botserver.application.memory;

/** The in-memory fake keeps the same promises as the real store. */
class InMemoryMemoryStoreTest extends MemoryStoreContract {

    private final InMemoryMemoryStore store = new InMemoryMemoryStore();

    @Override
    protected MemoryStore store() {
        return store;
    }
}
