package org.botserver.adapter.out.persistence.postgres;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.hibernate.SessionFactory;

/**
 * The persistence adapter's entry point: starts the embedded PostgreSQL when no URL is configured (its data
 * under {@code dataDir/postgres} survives restarts), migrates the schema with Flyway, boots Hibernate ORM on
 * a HikariCP pool, and hands out the stores. Closing it releases all of that.
 */
public final class PostgresPersistence implements AutoCloseable {

    private final Optional<EmbeddedPostgresServer> embedded;
    private final SessionFactory sessions;
    private final PostgresConversationStore conversations;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresPersistence(Optional<EmbeddedPostgresServer> embedded, SessionFactory sessions,
                                GroupCommit groupCommit, ConversationCache cache) {
        this.embedded = embedded;
        this.sessions = sessions;
        this.conversations = new PostgresConversationStore(sessions, groupCommit, cache);
    }

    /**
     * Starts the embedded PostgreSQL when settings.url() is empty (data under settings.dataDir()/postgres,
     * survives restarts), runs Flyway, boots Hibernate ORM with HikariCP.
     *
     * @throws IllegalStateException with a plain message when the database cannot be started or reached
     */
    public static PostgresPersistence start(PersistenceSettings settings) {
        return start(settings, GroupCommit.DEFAULT);
    }

    /** As {@link #start(PersistenceSettings)}, committing concurrent turns together as the group commit says. */
    public static PostgresPersistence start(PersistenceSettings settings, GroupCommit groupCommit) {
        return start(settings, groupCommit, Optional.empty());
    }

    /**
     * As {@link #start(PersistenceSettings, GroupCommit)}, keeping conversations between turns in the shared cache
     * ({@code session:{id}}, 30 minutes idle) when one is given, so that every server finds the current copy, else
     * in this process's memory.
     */
    public static PostgresPersistence start(PersistenceSettings settings, GroupCommit groupCommit,
                                            Optional<CacheStore> sharedSessions) {
        ConversationCache cache = sharedSessions.<ConversationCache>map(SharedConversationCache::new)
                .orElseGet(LocalConversationCache::new);
        Optional<EmbeddedPostgresServer> embedded = settings.isEmbedded()
                ? Optional.of(EmbeddedPostgresServer.start(settings.dataDir()))
                : Optional.empty();
        try {
            JdbcTarget target = embedded.map(EmbeddedPostgresServer::target)
                    .orElseGet(() -> new JdbcTarget(settings.url().orElseThrow(), settings.user(), settings.password()));
            SchemaMigration.migrate(target);
            return new PostgresPersistence(embedded, HibernateBootstrap.start(target, settings.poolSize()), groupCommit,
                    cache);
        } catch (RuntimeException e) {
            embedded.ifPresent(EmbeddedPostgresServer::close);
            throw e;
        }
    }

    public ConversationStore conversations() { return conversations; }

    /** Channel users' conversations, taken webhook deliveries and delivery statuses (WhatsApp, Telegram). */
    public ChannelStore channels() { return new PostgresChannelStore(sessions); }

    /** The record of each knowledge-base document ingested: its content hash, chunk count, status and error. */
    public DocumentRegistry knowledgeDocuments() { return new PostgresDocumentRegistry(sessions); }

    /** Bot memory, user memory and REMEMBERed values. */
    public MemoryStore memory() { return new PostgresMemoryStore(sessions); }

    /** The record of scheduled runs, whose claims make a job run once per tick across servers. */
    public JobRuns jobRuns() { return new PostgresJobRuns(sessions); }

    /** Each bot's own tables (FIND, SAVE...), in a schema per bot apart from the server's tables. */
    public BotTables botTables() { return new PostgresBotTables(sessions); }

    /** The e-mail outbox: mails queued by the dialogs, claimed by the delivery rounds of every server. */
    public MailOutbox mailOutbox() { return new PostgresMailOutbox(sessions); }

    /** Every dialog version the bots have run, for conversations resumed after a restart or on another server. */
    public DialogVersionStore dialogVersions() { return new PostgresDialogVersionStore(sessions); }

    /** The saved dialog states of a bot's unended conversations, which keep their dialog versions from the sweep. */
    public SuspendedDialogs suspendedDialogs() { return new PostgresSuspendedDialogs(sessions); }

    /** Whether the database answers a trivial query now; for the readiness check. */
    public boolean isReady() {
        if (closed.get()) return false;
        try {
            return sessions.fromStatelessSession(session -> session.createNativeQuery("SELECT 1", Integer.class)
                    .setTimeout(2).getSingleResult() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Closes Hibernate and the pool, then stops the embedded PostgreSQL; later calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) return;
        try {
            conversations.close();
            sessions.close();
        } finally {
            embedded.ifPresent(EmbeddedPostgresServer::close);
        }
    }
}
