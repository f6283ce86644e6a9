package org.botserver.application.bot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;

/** An object store in memory; every write gets a new fingerprint, and it can be told to fail like a lost server. */
public final class InMemoryObjectStore implements ObjectStore {

    private record Stored(byte[] content, String fingerprint) {
    }

    private final Map<BotId, Map<PackagePath, Stored>> packages = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final Map<String, AtomicLong> reads = new ConcurrentHashMap<>();
    private volatile boolean down;

    /** Writes one file as text, as an operator editing storage would. */
    public InMemoryObjectStore put(String bot, String path, String text) {
        packages.computeIfAbsent(new BotId(bot), b -> new ConcurrentHashMap<>())
                .put(new PackagePath(path), stored(text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public void remove(String bot, String path) {
        packages.getOrDefault(new BotId(bot), Map.of()).remove(new PackagePath(path));
    }

    /** How often a file was read, by its path in the store ("shop.gbai/shop.gbot/config.csv"). */
    public long reads(String bot, String path) {
        AtomicLong count = reads.get(bot + ".gbai/" + path);
        return count == null ? 0 : count.get();
    }

    /** From now on every call fails (true) or works again (false). */
    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public List<BotId> packages() {
        check();
        return packages.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(BotId::value)).toList();
    }

    @Override
    public List<StoredObject> list(BotId bot) {
        check();
        return new TreeMap<>(packages.getOrDefault(bot, Map.of())).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(PackagePath::value)))
                .map(e -> new StoredObject(e.getKey(), e.getValue().content().length, e.getValue().fingerprint())).toList();
    }

    @Override
    public byte[] read(BotId bot, PackagePath path) {
        check();
        reads.computeIfAbsent(bot.value() + ".gbai/" + path.value(), p -> new AtomicLong()).incrementAndGet();
        Stored stored = packages.getOrDefault(bot, Map.of()).get(path);
        if (stored == null) throw new ObjectStoreException("No " + path + " in " + bot + ".gbai", null);
        return stored.content().clone();
    }

    @Override
    public void replace(BotId bot, Map<PackagePath, byte[]> files) {
        check();
        Map<PackagePath, Stored> next = new ConcurrentHashMap<>();
        files.forEach((path, content) -> next.put(path, stored(content.clone())));
        packages.put(bot, next);
    }

    @Override
    public void write(BotId bot, PackagePath path, byte[] content) {
        check();
        packages.computeIfAbsent(bot, b -> new ConcurrentHashMap<>()).put(path, stored(content.clone()));
    }

    @Override
    public boolean remove(BotId bot, PackagePath path) {
        check();
        return packages.getOrDefault(bot, Map.of()).remove(path) != null;
    }

    @Override
    public boolean delete(BotId bot) {
        check();
        Map<PackagePath, Stored> removed = packages.remove(bot);
        return removed != null && !removed.isEmpty();
    }

    private Stored stored(byte[] content) {
        return new Stored(content, "w" + writes.incrementAndGet());
    }

    private void check() {
        if (down) throw new ObjectStoreException("The in-memory store is down.", null);
    }
}
