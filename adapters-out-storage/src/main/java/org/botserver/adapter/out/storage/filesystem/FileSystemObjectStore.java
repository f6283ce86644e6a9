package org.botserver.adapter.out.storage.filesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Bot packages in a folder: {@code <root>/<bot>.gbai/...}, listed by {@link FolderListing} (links never followed).
 * An upload is written to a staging folder next to the package and swapped in with a rename, so a poll never sees
 * half of it; a deleted package is renamed away first, so it disappears at once.
 */
@SecondaryAdapter
public final class FileSystemObjectStore implements ObjectStore {

    private static final System.Logger LOG = System.getLogger(FileSystemObjectStore.class.getName());
    private static final String SUFFIX = ".gbai";

    private final Path root;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public FileSystemObjectStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public List<BotId> packages() {
        if (!Files.isDirectory(root)) {
            warnOnce(root.toString(), "The bots folder " + root + " does not exist; there are no bots.");
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .filter(this::isBotId)
                    .sorted().map(BotId::new).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ObjectStoreException("Cannot list the bots folder " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredObject> list(BotId bot) {
        Path dir = packageDir(bot);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try {
            return FolderListing.of(dir, this::warnOnce);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            throw new ObjectStoreException("Cannot list the package " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(BotId bot, PackagePath path) {
        Path file = packageDir(bot).resolve(path.value());
        try {
            if (Files.isSymbolicLink(file)) throw new IOException("it is a symbolic link");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ObjectStoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replace(BotId bot, Map<PackagePath, byte[]> files) {
        Path staging = root.resolve("." + bot.value() + SUFFIX + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(staging);
            for (Map.Entry<PackagePath, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey().value());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Path old = retire(bot);
            Files.move(staging, packageDir(bot), StandardCopyOption.ATOMIC_MOVE);
            if (old != null) Folders.deleteTree(old);
        } catch (IOException | UncheckedIOException e) {
            Folders.deleteQuietly(staging);
            throw new ObjectStoreException("Cannot write the package " + packageDir(bot) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(BotId bot) {
        try {
            Path old = retire(bot);
            if (old == null) return false;
            Folders.deleteTree(old);
            return true;
        } catch (IOException | UncheckedIOException e) {
            throw new ObjectStoreException("Cannot delete the package " + packageDir(bot) + ": " + e.getMessage(), e);
        }
    }

    /** Renames the package out of the way, so it disappears at once, and returns where it went (null if none). */
    private Path retire(BotId bot) throws IOException {
        return Folders.moveAside(packageDir(bot), "." + bot.value() + SUFFIX + "." + UUID.randomUUID() + ".old");
    }

    @Override
    public void write(BotId bot, PackagePath path, byte[] content) {
        Path target = packageDir(bot).resolve(path.value());
        // Written beside the bots folder's packages (a hidden name no listing takes for one), then moved into place.
        Path partial = root.resolve("." + bot.value() + SUFFIX + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Folders.deleteQuietly(partial);
            throw new ObjectStoreException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean remove(BotId bot, PackagePath path) {
        Path target = packageDir(bot).resolve(path.value());
        try {
            return Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new ObjectStoreException("Cannot remove " + target + ": " + e.getMessage(), e);
        }
    }

    private Path packageDir(BotId bot) {
        return root.resolve(bot.value() + SUFFIX);
    }

    private boolean isBotId(String name) {
        if (BotId.isValid(name)) return true;
        warnOnce(name, "Skipping " + name + SUFFIX + ": a bot name is lower-case letters, digits, '-' and '_'.");
        return false;
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) LOG.log(Level.WARNING, message);
    }
}
