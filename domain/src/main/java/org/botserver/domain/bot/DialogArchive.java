package org.botserver.domain.bot;

import java.util.Optional;
import org.botserver.domain.basic.Program;

/**
 * Where a bot finds a replaced version of one of its dialogs that it no longer keeps in memory (after a restart, or
 * on another server), so a conversation that waited in it can still finish on it.
 */
@FunctionalInterface
public interface DialogArchive {

    /** An archive that keeps nothing: only the versions the bot holds in memory can be resumed. */
    DialogArchive NONE = (dialog, version) -> Optional.empty();

    /** The dialog compiled in exactly this version (the content hash its saved states record). */
    Optional<Program> find(String dialog, String version);
}
