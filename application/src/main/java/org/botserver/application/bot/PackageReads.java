package org.botserver.application.bot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;

/**
 * Reads the files of a package being reloaded: config.csv through the {@link ConfigCache}, read from storage only
 * when the cache has nothing for the fingerprint storage lists now (the file changed, or the entry expired), and
 * every other file from storage.
 */
final class PackageReads {

    private PackageReads() {
    }

    static Function<PackagePath, byte[]> of(ObjectStore store, ConfigCache configs, BotId bot, List<StoredObject> objects) {
        Optional<StoredObject> config = objects.stream().filter(o -> PackageAssembler.isConfigFile(bot, o.path())).findFirst();
        if (config.isEmpty()) {
            configs.forget(bot);
            return path -> store.read(bot, path);
        }
        StoredObject file = config.get();
        return path -> {
            if (!path.equals(file.path())) return store.read(bot, path);
            Optional<String> cached = configs.find(bot, file.fingerprint());
            if (cached.isPresent()) return cached.get().getBytes(StandardCharsets.UTF_8);
            configs.forget(bot);
            byte[] bytes = store.read(bot, path);
            configs.keep(bot, file.fingerprint(), new String(bytes, StandardCharsets.UTF_8));
            return bytes;
        };
    }
}
