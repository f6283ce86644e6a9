package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;

/**
 * Makes every dialog version a bot runs durable: each load or reload keeps the live versions' sources in the
 * {@link DialogVersionStore}, and the bot looks a version it no longer holds in memory up there, compiled again on
 * first use and then cached. A store that cannot be reached costs only the conversations that need an old version.
 */
public final class DialogVersions {

    private static final System.Logger LOG = System.getLogger(DialogVersions.class.getName());
    private static final int CACHED_PROGRAMS = 256;

    /** For a server without a shared store: bots hold replaced versions in memory only. */
    public static final DialogVersions IN_MEMORY_ONLY = new DialogVersions(null);

    private final DialogVersionStore store;
    private final Map<StoredDialogVersion, Program> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StoredDialogVersion, Program> eldest) {
            return size() > CACHED_PROGRAMS;
        }
    };

    public DialogVersions(DialogVersionStore store) {
        this.store = store;
    }

    /** Keeps the bot's live versions in the store and gives the bot its archive there. */
    public Bot keep(Bot bot, Instant now) {
        Objects.requireNonNull(bot, "bot");
        if (store == null) return bot;
        try {
            store.keepLive(bot.id(), bot.liveVersions(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The dialog versions of bot {0} could not be stored; a conversation waiting in one "
                    + "of them cannot resume after a restart: {1}", bot.id(), e.getMessage());
        }
        BotId id = bot.id();
        return bot.withArchive((dialog, version) -> find(new StoredDialogVersion(id, dialog, version)));
    }

    private Optional<Program> find(StoredDialogVersion wanted) {
        synchronized (compiled) {
            Program cached = compiled.get(wanted);
            if (cached != null) return Optional.of(cached);
        }
        Optional<SourceFile> source;
        try {
            source = store.find(wanted.bot(), wanted.dialog(), wanted.version());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dialog {0} version {1} of bot {2} could not be read from the store: {3}",
                    wanted.dialog(), wanted.version(), wanted.bot(), e.getMessage());
            return Optional.empty();
        }
        return source.flatMap(this::compile).filter(p -> p.version().equals(wanted.version())).map(program -> {
            synchronized (compiled) {
                compiled.put(wanted, program);
            }
            return program;
        });
    }

    private Optional<Program> compile(SourceFile source) {
        return switch (BasicCompiler.compile(source)) {
            case CompileResult.Compiled(Program program) -> Optional.of(program);
            case CompileResult.Failed failed -> {
                // It compiled when it was live; a compiler that changed since may refuse it.
                LOG.log(Level.WARNING, "A kept version of {0} no longer compiles: {1}", source.name(), failed.diagnostics());
                yield Optional.empty();
            }
        };
    }
}
