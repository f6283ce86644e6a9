package org.botserver.application.bot;

import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where bot packages are kept as files (a folder, an S3 bucket): each bot's {@code <bot>.gbai} package, its files
 * addressed by their path inside the package. Failures to reach the store are {@link ObjectStoreException}s.
 */
@SecondaryPort
public interface ObjectStore {

    /** The bots that have a package in the store, ordered by id. */
    List<BotId> packages();

    /** Every file of a bot's package with its fingerprint, ordered by path; empty when there is no package. */
    List<StoredObject> list(BotId bot);

    /** The content of one file of a package. */
    byte[] read(BotId bot, PackagePath path);

    /** Makes the package exactly these files: writes each one and removes every other file it had. */
    void replace(BotId bot, Map<PackagePath, byte[]> files);

    /**
     * Writes one file of a package, creating or overwriting it, without touching the others (a knowledge-base
     * document uploaded into a large package). A reader sees the old content or the new, never a part of it.
     */
    void write(BotId bot, PackagePath path, byte[] content);

    /** Removes one file of a package; false when it was not there. */
    boolean remove(BotId bot, PackagePath path);

    /** Removes the whole package; false when there was none. */
    boolean delete(BotId bot);
}
