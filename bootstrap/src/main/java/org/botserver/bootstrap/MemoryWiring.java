package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.memory.MemoryKeywordsHandler;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.memory.SessionGetHandler;

/** Bot memory, user memory and REMEMBER in the database, and GET "session.*"; the handlers join Wiring's registry. */
@ApplicationScoped
public class MemoryWiring {

    @Produces
    @ApplicationScoped
    MemoryStore memoryStore(Database database) {
        return database.memory();
    }

    @Produces
    @Singleton
    CapabilityHandler memoryKeywords(MemoryStore store, Clock clock) {
        return new MemoryKeywordsHandler(store, clock);
    }

    /** GET of a URL (the HTTP keyword) stays unavailable until an HTTP handler is given to it here. */
    @Produces
    @Singleton
    CapabilityHandler sessionValues() {
        return new SessionGetHandler();
    }
}
