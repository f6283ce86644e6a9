package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.http.HttpKeywordsHandler;
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

    /** GET of a URL is the HTTP keyword, passed on to the HTTP handler. */
    @Produces
    @Singleton
    CapabilityHandler sessionValues(HttpKeywordsHandler http) {
        return new SessionGetHandler(http);
    }
}
