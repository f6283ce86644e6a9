package org.botserver.application.bot;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogVersion;

/** The dialog versions kept in memory, for application tests; passes the same contract as the real store. */
public final class InMemoryDialogVersionStore implements DialogVersionStore {

    private record Kept(SourceFile source, Instant liveAt) {
    }

    private final Map<StoredDialogVersion, Kept> versions = new ConcurrentHashMap<>();

    @Override
    public synchronized void keepLive(BotId bot, List<DialogVersion> live, Instant now) {
        for (DialogVersion version : live) {
            StoredDialogVersion key = new StoredDialogVersion(bot, version.dialog(), version.version());
            Kept kept = versions.get(key);
            versions.put(key, new Kept(kept == null ? version.source() : kept.source(),
                    kept == null || now.isAfter(kept.liveAt()) ? now : kept.liveAt()));
        }
    }

    @Override
    public Optional<SourceFile> find(BotId bot, String dialog, String version) {
        return Optional.ofNullable(versions.get(new StoredDialogVersion(bot, dialog, version))).map(Kept::source);
    }

    @Override
    public synchronized List<StoredDialogVersion> notLiveSince(Instant cutoff) {
        return versions.entrySet().stream().filter(e -> e.getValue().liveAt().isBefore(cutoff))
                .sorted(Comparator.comparing(e -> e.getValue().liveAt())).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized boolean forget(StoredDialogVersion version, Instant cutoff) {
        Kept kept = versions.get(version);
        return kept != null && kept.liveAt().isBefore(cutoff) && versions.remove(version) != null;
    }

    /** How many versions are kept, for tests. */
    public int size() {
        return versions.size();
    }
}
