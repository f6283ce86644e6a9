package org.botserver.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import org.botserver.adapter.out.persistence.postgres.GroupCommit;
import org.botserver.adapter.out.persistence.postgres.PersistenceSettings;
import org.botserver.adapter.out.persistence.postgres.PostgresPersistence;
import org.botserver.application.bot.DialogVersionStore;
import org.botserver.application.bot.SuspendedDialogs;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.job.JobRuns;
import org.botserver.application.knowledge.DocumentRegistry;
import org.botserver.application.mail.MailOutbox;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.table.BotTables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The database for the application's lifetime: started (embedded unless DB_URL is set) with it, closed with it. */
@ApplicationScoped
public class Database {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    @Inject
    @ConfigProperty(name = "db.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "db.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "db.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "data.dir", defaultValue = "data")
    String dataDir;
    @Inject
    @ConfigProperty(name = "db.pool.size", defaultValue = "16")
    int poolSize;
    @Inject
    @ConfigProperty(name = "db.group-commit.max-wait-micros", defaultValue = "1000")
    long groupCommitMaxWaitMicros;

    @Inject
    @ConfigProperty(name = "session.cache", defaultValue = "shared")
    String sessionCache;
    @Inject
    CacheWiring caches;

    private PostgresPersistence persistence;

    @PostConstruct
    void start() {
        PersistenceSettings settings = new PersistenceSettings(url, user.orElse(""), password.orElse(""),
                Path.of(dataDir).toAbsolutePath(), poolSize);
        GroupCommit groupCommit = GroupCommit.waitingAtMostMicros(groupCommitMaxWaitMicros);
        LOG.log(Level.INFO, "Starting the database: {0}, {1}", settings, groupCommit);
        // Behind a load balancer without sticky sessions the next turn may reach another server: the shared copy
        // spares it a stale one (and its refused turn). SESSION_CACHE=local keeps them in this process only.
        Optional<CacheStore> shared = "local".equalsIgnoreCase(sessionCache.strip()) ? Optional.empty()
                : caches.sharedStore();
        LOG.log(Level.INFO, "Conversations between turns: {0}", shared.isPresent() ? "in Redis (session:{id})"
                : "in this process");
        persistence = PostgresPersistence.start(settings, groupCommit, shared);
    }

    @PreDestroy
    void stop() {
        if (persistence != null) persistence.close();
    }

    ConversationStore conversations() { return persistence.conversations(); }

    ChannelStore channels() { return persistence.channels(); }

    DocumentRegistry knowledgeDocuments() { return persistence.knowledgeDocuments(); }

    MemoryStore memory() { return persistence.memory(); }

    JobRuns jobRuns() { return persistence.jobRuns(); }

    BotTables botTables() { return persistence.botTables(); }

    MailOutbox mailOutbox() { return persistence.mailOutbox(); }

    DialogVersionStore dialogVersions() { return persistence.dialogVersions(); }

    SuspendedDialogs suspendedDialogs() { return persistence.suspendedDialogs(); }

    /** Whether the database answers now. */
    public boolean isReady() { return persistence != null && persistence.isReady(); }
}
