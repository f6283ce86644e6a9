package org.botserver.domain.basic.runtime;

import java.util.Optional;
import org.botserver.domain.basic.Program;

/** The compiled dialogs of one bot, by name ("start", "create-ticket"), for CALL "other" and resumption. */
@FunctionalInterface
public interface ProgramLibrary {

    Optional<Program> find(String name);

    /**
     * The dialog in exactly this version, for resuming a state saved by it; a library that keeps replaced
     * versions while conversations wait in them overrides this.
     */
    default Optional<Program> find(String name, String version) {
        return find(name).filter(program -> program.version().equals(version));
    }
}
