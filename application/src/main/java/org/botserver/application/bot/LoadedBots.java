package org.botserver.application.bot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;

/**
 * The bots this server runs now, kept in line with storage by {@link RefreshBotsService}: for each package, the
 * bot (if one ever loaded), the package version last seen, and why that version was refused, if it was.
 * Safe to read from every request thread while a reload swaps a bot.
 */
public final class LoadedBots implements BotCatalog {

    /** What the server knows of one package; a refused version leaves the last good bot running. */
    public record Entry(BotId id, Optional<Bot> bot, String seenVersion, List<String> refusal) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(bot, "bot");
            Objects.requireNonNull(seenVersion, "seenVersion");
            refusal = List.copyOf(refusal);
        }

        static Entry running(Bot bot) {
            return new Entry(bot.id(), Optional.of(bot), bot.version(), List.of());
        }
    }

    private final ConcurrentHashMap<BotId, Entry> entries = new ConcurrentHashMap<>();

    public LoadedBots() {
    }

    /** A catalog of these bots and refusals, as if they had just been loaded. */
    public LoadedBots(List<Bot> bots, List<BotLoad.Rejected> rejected) {
        rejected.forEach(r -> entries.put(r.id(), new Entry(r.id(), Optional.empty(), "", r.problems())));
        bots.forEach(bot -> entries.put(bot.id(), Entry.running(bot)));
    }

    @Override
    public Optional<Bot> find(BotId id) {
        return entry(id).flatMap(Entry::bot);
    }

    @Override
    public List<Bot> all() {
        return entries.values().stream().flatMap(e -> e.bot().stream())
                .sorted(Comparator.comparing(bot -> bot.id().value())).toList();
    }

    /** The packages that never loaded, with the reasons. */
    public List<BotLoad.Rejected> rejected() {
        return entries.values().stream().filter(e -> e.bot().isEmpty())
                .sorted(Comparator.comparing(e -> e.id().value()))
                .map(e -> new BotLoad.Rejected(e.id(), e.refusal())).toList();
    }

    public Optional<Entry> entry(BotId id) {
        return Optional.ofNullable(entries.get(id));
    }

    Set<BotId> ids() {
        return Set.copyOf(entries.keySet());
    }

    void put(Entry entry) {
        entries.put(entry.id(), entry);
    }

    boolean remove(BotId id) {
        return entries.remove(id) != null;
    }
}
