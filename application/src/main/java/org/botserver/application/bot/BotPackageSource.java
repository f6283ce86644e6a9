package org.botserver.application.bot;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotPackage;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where bot packages are kept (a folder of {@code *.gbai} packages today). */
@SecondaryPort
public interface BotPackageSource {

    /** The ids of the packages available, ordered. */
    List<BotId> list();

    /** Reads one package's dialog sources; throws {@link java.io.UncheckedIOException} when it cannot be read. */
    BotPackage read(BotId id);
}
