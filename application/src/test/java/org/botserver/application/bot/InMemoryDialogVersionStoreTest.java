package org.botserver.application.bot;

/** The in-memory dialog versions used by application tests keep the same promises as the real store. */
class InMemoryDialogVersionStoreTest extends DialogVersionStoreContract {

    private final InMemoryDialogVersionStore store = new InMemoryDialogVersionStore();

    @Override
    protected DialogVersionStore store() {
        return store;
    }
}
