package org.botserver.application.cache;

/** The service tests' fake store keeps the port's contract, so what they show holds for the real stores. */
class InMemoryCacheStoreTest extends CacheStoreContract {

    private final InMemoryCacheStore store = new InMemoryCacheStore();

    @Override
    protected CacheStore store() {
        return store;
    }
}
